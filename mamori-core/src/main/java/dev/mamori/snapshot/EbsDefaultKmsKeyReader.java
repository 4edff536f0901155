package dev.mamori.snapshot;

import java.util.Set;

/** {@code aws ec2 get-ebs-default-kms-key-id}: the key new volumes are encrypted with by default. */
final class EbsDefaultKmsKeyReader implements SectionReader {
  @Override
  public String key() {
    return "KmsKeyId";
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
    ctx.assembly.ebsDefaults.defaultKey(EbsEncryptionByDefaultReader.scope(file, ctx), root.text(key()), file);
  }
}
