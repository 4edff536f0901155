package dev.mamori.iam.eval;

/** Decides requests against a policy set, as AWS's policy evaluation logic does. */
public interface Evaluator {
  AuthorizationResult authorize(PolicySet policies, AuthorizationRequest request);
}
