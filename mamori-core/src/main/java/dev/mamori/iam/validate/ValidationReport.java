package dev.mamori.iam.validate;

import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyProblem;
import java.util.List;
import java.util.Optional;

/** The errors of one document (empty when IAM would accept it) and the policy when it parsed. */
public record ValidationReport(List<PolicyProblem> errors, Optional<Policy> policy) {
  public ValidationReport {
    errors = List.copyOf(errors);
  }

  public boolean valid() {
    return errors.isEmpty();
  }
}
