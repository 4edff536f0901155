package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An EBS snapshot with, when collected, who may create volumes from it. */
public record EbsSnapshot(
    String id,
    String ownerId,
    String region,
    String volumeId,
    boolean encrypted,
    Optional<String> kmsKeyId,
    String state,
    Optional<Instant> startTime,
    int volumeSizeGiB,
    String description,
    Collected<List<CreateVolumePermission>> createVolumePermissions,
    Map<String, String> tags) {

  public EbsSnapshot {
    tags = Map.copyOf(tags);
  }
}
