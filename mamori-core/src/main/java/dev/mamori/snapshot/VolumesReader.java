package dev.mamori.snapshot;

import dev.mamori.model.Volume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code aws ec2 describe-volumes}. The output does not name the account: it is the snapshot's. */
final class VolumesReader implements SectionReader {
  @Override
  public String key() {
    return "Volumes";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("AvailabilityZoneId", "Iops", "Throughput", "FastRestored", "MultiAttachEnabled", "OutpostArn", "SseType",
        "Operator", "VolumeInitializationRate", "SourceVolumeId", "CreateVolumePermissions");
    String id = n.text("VolumeId");
    String az = n.optText("AvailabilityZone").orElse("");
    List<String> instances = new ArrayList<>();
    for (Node a : n.objects("Attachments")) {
      a.ignore("AttachTime", "Device", "VolumeId", "DeleteOnTermination", "AssociatedResource", "InstanceOwningService",
          "EbsCardIndex");
      String state = a.optText("State").orElse("attached");
      if (!state.equals("detached")) {
        a.optNonEmptyText("InstanceId").ifPresent(instances::add);
      }
    }
    String region = Regions.of(file, ctx, Optional.of(az).filter(s -> !s.isEmpty()));
    boolean encrypted = n.bool("Encrypted", false);
    Optional<String> key = n.optNonEmptyText("KmsKeyId");
    int size = n.optInteger("Size").orElse(0);
    String type = n.optText("VolumeType").orElse("");
    String state = n.optText("State").orElse("");
    Optional<String> snapshot = n.optNonEmptyText("SnapshotId");
    Optional<Instant> created = n.optInstant("CreateTime");
    Map<String, String> tags = n.tags();
    ctx.assembly.whenAccountKnown(account -> ctx.model.add(new Volume(id, file.account().orElse(account), region, az,
        encrypted, key, size, type, state, snapshot, instances, created, tags)));
    ctx.model.source(id, file.relative());
  }
}
