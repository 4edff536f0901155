package dev.mamori.model;

/**
 * An identity policy that applies to a user or role, with where it comes from. {@code id} is the
 * managed policy's ARN, or {@code <owner ARN>#inline/<name>} for an inline policy; {@code via} is
 * {@code user}, {@code role} or {@code group:<name>}.
 */
public record AttachedPolicy(String id, String name, PolicyDocument document, String via, boolean inline) {}
