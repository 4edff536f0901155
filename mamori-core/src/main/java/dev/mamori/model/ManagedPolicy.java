package dev.mamori.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A managed policy with its default version's document. AWS managed policies have ARNs in the
 * {@code aws} account ({@code arn:aws:iam::aws:policy/...}).
 */
public record ManagedPolicy(
    String name,
    String id,
    String arn,
    String path,
    String defaultVersionId,
    Optional<PolicyDocument> document,
    int attachmentCount,
    Optional<Instant> createDate,
    Optional<Instant> updateDate) {

  public boolean isAwsManaged() {
    return arn.contains(":iam::aws:policy/");
  }
}
