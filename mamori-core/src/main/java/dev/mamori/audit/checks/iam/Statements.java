package dev.mamori.audit.checks.iam;

import dev.mamori.audit.Explanation;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Reason;
import java.util.List;

/** The IAM engine's deciding statements as a finding's explanation. */
public final class Statements {
  private Statements() {}

  /** {@code question} says who asked for what, e.g. "anonymous s3:GetObject on arn:aws:s3:::b/x". */
  public static Explanation of(String question, AuthorizationResult result) {
    List<Explanation.PolicyStatements.Statement> statements = result.reasons().stream().map(Statements::statement).toList();
    String decision = result.decision().name()
        + result.blockedBy().map(k -> " (no " + k.name().toLowerCase(java.util.Locale.ROOT) + " policy allows)").orElse("");
    return new Explanation.PolicyStatements(question, decision, statements);
  }

  private static Explanation.PolicyStatements.Statement statement(Reason r) {
    return new Explanation.PolicyStatements.Statement(r.policy(), r.statement(), r.effect().policyText());
  }
}
