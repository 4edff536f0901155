package dev.mamori.iam.policy;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy. {@code index} is its position (0-based) in the Statement list;
 * {@code effectText} is the Effect exactly as written, because IAM's validator is stricter about
 * its case than its parser. Absent elements are empty optionals, never nulls.
 */
public record Statement(
    int index,
    Optional<String> sid,
    Effect effect,
    String effectText,
    Optional<PrincipalBlock> principal,
    Optional<ActionBlock> action,
    Optional<ResourceBlock> resource,
    List<ConditionClause> conditions) {
  public Statement {
    conditions = List.copyOf(conditions);
  }

  /** How a decision names this statement: the Sid, or the index when there is none. */
  public String label() {
    return sid.filter(s -> !s.isEmpty()).orElse(Integer.toString(index));
  }
}
