package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.Organization;
import dev.mamori.model.OrganizationPolicy;
import dev.mamori.model.Organizations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Organizations: the organization, the chain of parents from the account up to the root, the
 * policies attached to each target of the chain and each policy's content, one file per call.
 */
final class OrganizationParts {
  Collected<Organization> organization = Collected.notCollected();
  private final Map<String, String> parentOf = new LinkedHashMap<>();
  private final Map<String, List<String>> policyIdsByTarget = new LinkedHashMap<>();
  private final Map<String, String> targetFiles = new LinkedHashMap<>();
  private final Map<String, OrganizationPolicy> policiesById = new LinkedHashMap<>();

  void parent(String childId, String parentId) {
    parentOf.put(childId, parentId);
  }

  /** Policies attached to a target; several files for one target (one per policy type) add up. */
  void attached(String targetId, List<String> policyIds, SnapshotFile file) {
    List<String> ids = policyIdsByTarget.computeIfAbsent(targetId, t -> new ArrayList<>());
    policyIds.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    targetFiles.putIfAbsent(targetId, file.relative());
  }

  void policy(OrganizationPolicy p) {
    policiesById.put(p.id(), p);
  }

  boolean isEmpty() {
    return !organization.isCollected() && parentOf.isEmpty() && policyIdsByTarget.isEmpty() && policiesById.isEmpty();
  }

  void finish(ReadContext ctx) {
    if (isEmpty()) {
      return;
    }
    policyIdsByTarget.forEach((target, ids) -> ids.stream().filter(id -> !policiesById.containsKey(id)).forEach(id ->
        ctx.warn(targetFiles.get(target), "", "policy " + id + " is attached to " + target
            + " but has no describe-policy file; its content is not collected")));
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    policyIdsByTarget.forEach((target, ids) -> frozen.put(target, List.copyOf(ids)));
    ctx.model.organizations(new Organizations(organization, parentOf, frozen, policiesById));
  }
}
