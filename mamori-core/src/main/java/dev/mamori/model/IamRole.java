package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An IAM role: its trust policy, its permission policies, its boundary. */
public record IamRole(
    String name,
    String id,
    String arn,
    String path,
    Optional<Instant> createDate,
    PolicyDocument trustPolicy,
    List<InlinePolicy> inlinePolicies,
    List<String> attachedPolicyArns,
    Optional<String> permissionsBoundaryArn,
    List<String> instanceProfileArns,
    Optional<Instant> lastUsed,
    Map<String, String> tags) {

  public IamRole {
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    instanceProfileArns = List.copyOf(instanceProfileArns);
    tags = Map.copyOf(tags);
  }

  /** Service-linked roles live under {@code /aws-service-role/} and are managed by AWS services. */
  public boolean isServiceLinked() {
    return path.startsWith("/aws-service-role/");
  }
}
