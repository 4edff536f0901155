package dev.mamori.snapshot;

import java.util.Set;

/**
 * {@code aws kms list-keys}: accepted so that it raises no warning, but each key is read from its
 * own folder ({@code describe-key.json}), which holds everything list-keys does and more.
 */
final class KmsKeyListReader implements SectionReader {
  @Override
  public String key() {
    return "Keys";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("KeyArn");
    n.text("KeyId");
  }

  @Override
  public Set<String> companionKeys() {
    return Set.of("Truncated", "NextMarker");
  }
}
