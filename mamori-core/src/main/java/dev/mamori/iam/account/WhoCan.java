package dev.mamori.iam.account;

import java.util.List;

/**
 * The answer to "who can do this action on this resource": every principal of the snapshot, the
 * anonymous caller and a caller from any other account, each with its decision.
 * {@code isPublic} is true when the anonymous or the any-account caller is allowed;
 * {@code publicUnknowns} names what the snapshot lacks that could change that answer (empty when
 * it is certain).
 */
public record WhoCan(List<PrincipalDecision> decisions, boolean isPublic, List<String> publicUnknowns) {
  public WhoCan {
    decisions = List.copyOf(decisions);
    publicUnknowns = List.copyOf(publicUnknowns);
  }

  public List<PrincipalDecision> allowed() {
    return decisions.stream().filter(d -> d.result().allowed()).toList();
  }

  public boolean isPublicCertain() {
    return publicUnknowns.isEmpty();
  }
}
