package dev.mamori.iam.policy;

/** The outcome of parsing a policy document: a policy, or the reason it has no meaning. */
public sealed interface ParseResult {
  record Parsed(Policy policy) implements ParseResult {}

  record Rejected(PolicyProblem problem) implements ParseResult {}
}
