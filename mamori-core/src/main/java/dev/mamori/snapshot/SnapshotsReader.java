package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.EbsSnapshot;
import java.util.Optional;

/**
 * {@code aws ec2 describe-snapshots --owner-ids self}. Who may create volumes from each snapshot
 * comes from another call, put together by {@link EbsSnapshotParts}.
 */
final class SnapshotsReader implements SectionReader {
  @Override
  public String key() {
    return "Snapshots";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("DataEncryptionKeyId", "Progress", "StateMessage", "OwnerAlias", "OutpostArn", "StorageTier",
        "RestoreExpiryTime", "SseType", "AvailabilityZone", "TransferType", "CompletionDurationMinutes",
        "CompletionTime", "FullSnapshotSizeInBytes");
    String id = n.text("SnapshotId");
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    ctx.assembly.ebsSnapshots.snapshot(new EbsSnapshot(id, owner, Regions.of(file, ctx, Optional.empty()),
        n.optText("VolumeId").orElse(""), n.bool("Encrypted", false), n.optNonEmptyText("KmsKeyId"),
        n.optText("State").orElse(""), n.optInstant("StartTime"), n.optInteger("VolumeSize").orElse(0),
        n.optText("Description").orElse(""), Collected.notCollected(), n.tags()));
    ctx.model.source(id, file.relative());
  }
}
