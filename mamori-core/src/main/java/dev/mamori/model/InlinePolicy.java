package dev.mamori.model;

/** A policy embedded in one user, group or role. */
public record InlinePolicy(String name, PolicyDocument document) {}
