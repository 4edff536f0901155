package dev.mamori.iam.policy;

/** A problem found in a policy document: IAM's wording, and the JSON path it applies to. */
public record PolicyProblem(String message, String path) {}
