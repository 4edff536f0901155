package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An IAM user with the policies attached to it directly and the groups it belongs to. */
public record IamUser(
    String name,
    String id,
    String arn,
    String path,
    Optional<Instant> createDate,
    List<String> groupNames,
    List<InlinePolicy> inlinePolicies,
    List<String> attachedPolicyArns,
    Optional<String> permissionsBoundaryArn,
    Map<String, String> tags) {

  public IamUser {
    groupNames = List.copyOf(groupNames);
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    tags = Map.copyOf(tags);
  }
}
