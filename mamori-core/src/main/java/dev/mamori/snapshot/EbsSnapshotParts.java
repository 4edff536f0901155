package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.CreateVolumePermission;
import dev.mamori.model.EbsSnapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EBS snapshots ({@code describe-snapshots}) and who may create volumes from them
 * ({@code describe-snapshot-attribute --attribute createVolumePermission}, one file per snapshot).
 * A snapshot without such a file has its permissions <em>not collected</em>.
 */
final class EbsSnapshotParts {
  private final Map<String, EbsSnapshot> snapshots = new LinkedHashMap<>();
  private final Map<String, List<CreateVolumePermission>> permissions = new LinkedHashMap<>();
  private final Map<String, String> permissionFiles = new LinkedHashMap<>();

  /** A snapshot as described, its permissions not yet known. */
  void snapshot(EbsSnapshot s) {
    snapshots.put(s.id(), s);
  }

  void permissions(String snapshotId, List<CreateVolumePermission> list, SnapshotFile file) {
    permissions.put(snapshotId, List.copyOf(list));
    permissionFiles.put(snapshotId, file.relative());
  }

  void finish(ReadContext ctx) {
    for (EbsSnapshot s : snapshots.values()) {
      List<CreateVolumePermission> p = permissions.get(s.id());
      ctx.model.add(p == null ? s : withPermissions(s, Collected.present(p)));
    }
    permissionFiles.forEach((id, file) -> {
      if (!snapshots.containsKey(id)) {
        ctx.warn(file, "$.SnapshotId", "create-volume permissions of " + id
            + ", a snapshot that no describe-snapshots output lists; ignored");
      }
    });
  }

  private static EbsSnapshot withPermissions(EbsSnapshot s, Collected<List<CreateVolumePermission>> p) {
    return new EbsSnapshot(s.id(), s.ownerId(), s.region(), s.volumeId(), s.encrypted(), s.kmsKeyId(), s.state(),
        s.startTime(), s.volumeSizeGiB(), s.description(), p, s.tags());
  }
}
