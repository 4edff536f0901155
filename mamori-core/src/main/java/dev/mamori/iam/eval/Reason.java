package dev.mamori.iam.eval;

import dev.mamori.iam.policy.Effect;

/** A statement that took part in a decision: which policy, which statement (Sid or index), which effect. */
public record Reason(PolicyKind kind, String policy, String statement, Effect effect) {}
