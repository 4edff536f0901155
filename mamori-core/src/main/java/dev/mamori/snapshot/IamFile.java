package dev.mamori.snapshot;

/** Where IAM outputs live: {@code global/iam/<command>.json} (the credential report is a CSV). */
final class IamFile {
  private IamFile() {}

  static boolean is(SnapshotFile file, String name) {
    return file.global() && file.pathAfterScope().size() == 2 && file.serviceFolder().orElse("").equals("iam")
        && file.fileName().equals(name);
  }
}
