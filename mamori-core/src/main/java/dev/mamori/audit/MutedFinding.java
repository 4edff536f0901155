package dev.mamori.audit;

/** A finding a mutelist rule accepted, with the rule (and so the reason). */
public record MutedFinding(Finding finding, MuteRule rule) {}
