package dev.mamori.iam.account;

import dev.mamori.iam.eval.AuthorizationResult;

/** One caller's answer in a who-can query; {@code arn} is "anonymous" or "*" for the synthetic callers. */
public record PrincipalDecision(String arn, AuthorizationResult result) {}
