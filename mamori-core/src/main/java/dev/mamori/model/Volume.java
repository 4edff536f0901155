package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An EBS volume. */
public record Volume(
    String id,
    String accountId,
    String region,
    String availabilityZone,
    boolean encrypted,
    Optional<String> kmsKeyId,
    int sizeGiB,
    String volumeType,
    String state,
    Optional<String> snapshotId,
    List<String> attachedInstanceIds,
    Optional<Instant> createTime,
    Map<String, String> tags) {

  public Volume {
    attachedInstanceIds = List.copyOf(attachedInstanceIds);
    tags = Map.copyOf(tags);
  }
}
