package dev.mamori.iam.root;

/** A task that only the account root user can perform. */
public record RootTask(String id, String task) {}
