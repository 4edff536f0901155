package dev.mamori.snapshot;

import java.util.Optional;

/**
 * Where Organizations outputs live: {@code global/organizations/<command>.json}, or
 * {@code global/organizations/<command>/<id>.json} for the per-target and per-policy calls whose
 * output does not name the target.
 */
final class OrganizationFile {
  static final String SERVICE = "organizations";

  private OrganizationFile() {}

  /** The ID a per-target file is about: its name up to the first dot ({@code r-ab12.json} → {@code r-ab12}). */
  static Optional<String> idIn(SnapshotFile file, String command) {
    if (!file.global() || file.pathAfterScope().size() != 3 || !file.serviceFolder().orElse("").equals(SERVICE)
        || !file.parentFolder().orElse("").equals(command) || !file.fileName().endsWith(".json")) {
      return Optional.empty();
    }
    String name = file.fileName();
    return Optional.of(name.substring(0, name.indexOf('.')));
  }

  static boolean is(SnapshotFile file, String name) {
    return file.global() && file.pathAfterScope().size() == 2 && file.serviceFolder().orElse("").equals(SERVICE)
        && file.fileName().equals(name);
  }
}
