package dev.mamori.snapshot;

import dev.mamori.model.CreateVolumePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code aws ec2 describe-snapshot-attribute --attribute createVolumePermission}: who may create
 * volumes from one snapshot ({@code Group: all} makes it public).
 */
final class CreateVolumePermissionsReader implements SectionReader {
  @Override
  public String key() {
    return "CreateVolumePermissions";
  }

  /** The output is one snapshot's attribute, read together with its {@code SnapshotId}. */
  @Override
  public boolean perElement() {
    return false;
  }

  @Override
  public Set<String> companionKeys() {
    return Set.of("SnapshotId");
  }

  @Override
  public void read(Node root, SnapshotFile file, ReadContext ctx) {
    String snapshotId = root.text("SnapshotId");
    List<CreateVolumePermission> permissions = new ArrayList<>();
    for (Node p : root.objects("CreateVolumePermissions")) {
      CreateVolumePermission permission = new CreateVolumePermission(p.optNonEmptyText("Group"), p.optNonEmptyText("UserId"));
      if (permission.group().isEmpty() && permission.userId().isEmpty()) {
        throw p.error("expected a Group or a UserId");
      }
      permissions.add(permission);
    }
    ctx.assembly.ebsSnapshots.permissions(snapshotId, permissions, file);
  }
}
