package dev.mamori.responsibility;

/** A document the shared responsibility data was taken from. */
public record Source(String title, String url, String usedFor) {}
