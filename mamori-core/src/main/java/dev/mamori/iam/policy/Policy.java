package dev.mamori.iam.policy;

import java.util.List;
import java.util.Optional;

/**
 * An immutable, parsed policy document. {@code name} is how decisions refer to it (a policy ARN,
 * "inline:user/alice/policy-name", a file name, ...); {@code documentId} is the optional Id element.
 */
public record Policy(
    String name, PolicyVersion version, Optional<String> documentId, List<Statement> statements) {
  public Policy {
    statements = List.copyOf(statements);
  }

  public Policy withName(String newName) {
    return new Policy(newName, version, documentId, statements);
  }
}
