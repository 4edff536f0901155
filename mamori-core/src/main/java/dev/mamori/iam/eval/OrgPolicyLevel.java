package dev.mamori.iam.eval;

import dev.mamori.iam.policy.Policy;
import java.util.List;

/**
 * The SCPs (or RCPs) attached to one node of the organization path (root, each OU, the account):
 * a request must be allowed by some policy at every level.
 */
public record OrgPolicyLevel(String targetId, List<Policy> policies) {
  public OrgPolicyLevel {
    policies = List.copyOf(policies);
  }
}
