package dev.mamori.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the snapshot knows of AWS Organizations: the organization, each target's parent, the
 * policies attached to each target (root, OU or account) and the policies' contents.
 */
public record Organizations(
    Collected<Organization> organization,
    Map<String, String> parentOf,
    Map<String, List<String>> policyIdsByTarget,
    Map<String, OrganizationPolicy> policiesById) {

  public static final Organizations NOT_COLLECTED =
      new Organizations(Collected.notCollected(), Map.of(), Map.of(), Map.of());

  public Organizations {
    parentOf = Map.copyOf(parentOf);
    policyIdsByTarget = Map.copyOf(policyIdsByTarget);
    policiesById = Map.copyOf(policiesById);
  }

  /**
   * The chain of targets from the organization root down to {@code accountId} (root first, the
   * account last). Only as deep as the {@code list-parents} files go.
   */
  public List<String> pathFromRoot(String accountId) {
    List<String> chain = new ArrayList<>();
    String current = accountId;
    while (current != null && !chain.contains(current)) {
      chain.add(current);
      current = parentOf.get(current);
    }
    Collections.reverse(chain);
    return List.copyOf(chain);
  }

  /** True when the chain reaches a root ({@code r-...}), so that every level is known. */
  public boolean pathIsComplete(String accountId) {
    List<String> path = pathFromRoot(accountId);
    return !path.isEmpty() && path.get(0).startsWith("r-");
  }

  /** The policies attached directly to one target, of one type. */
  public List<OrganizationPolicy> policiesAttachedTo(String targetId, String type) {
    return policyIdsByTarget.getOrDefault(targetId, List.of()).stream()
        .map(policiesById::get)
        .filter(p -> p != null && p.type().equals(type))
        .toList();
  }

  public boolean isManagementAccount(String accountId) {
    return organization.asOptional().map(o -> o.managementAccountId().equals(accountId)).orElse(false);
  }

  public Optional<Organization> org() {
    return organization.asOptional();
  }
}
