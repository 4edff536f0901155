package dev.mamori.snapshot;

import java.util.Optional;
import java.util.Set;

/** {@code aws ec2 get-ebs-encryption-by-default}: one region's setting. */
final class EbsEncryptionByDefaultReader implements SectionReader {
  @Override
  public String key() {
    return "EbsEncryptionByDefault";
  }

  @Override
  public boolean perElement() {
    return false;
  }

  @Override
  public Set<String> companionKeys() {
    return Set.of("SseType");
  }

  @Override
  public void read(Node root, SnapshotFile file, ReadContext ctx) {
    boolean enabled = root.optBool(key()).orElseThrow(() -> root.error(key(), "expected true or false, found nothing"));
    ctx.assembly.ebsDefaults.enabled(scope(file, ctx), enabled);
  }

  /** The account and region of a per-region setting: from the layout (or the region's other data). */
  static EbsDefaultParts.Scope scope(SnapshotFile file, ReadContext ctx) {
    return new EbsDefaultParts.Scope(file.account().orElse(""), Regions.of(file, ctx, Optional.empty()));
  }
}
