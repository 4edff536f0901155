package dev.mamori.snapshot;

import dev.mamori.model.KmsKey;

/**
 * {@code aws kms describe-key} saved anywhere in a region folder (it names its key). The key's
 * rotation status and policy can only be read from the per-key folder, see {@link KmsKeyFilesReader}.
 */
final class KeyMetadataReader implements SectionReader {
  @Override
  public String key() {
    return "KeyMetadata";
  }

  @Override
  public boolean perElement() {
    return false;
  }

  @Override
  public void read(Node root, SnapshotFile file, ReadContext ctx) {
    KmsKey key = KmsKeyMetadata.parse(root.object(key()), file, ctx);
    ctx.assembly.kmsKeys.described(new KmsKeyParts.Ref(file.account().orElse(""), key.region(), key.id()), key);
    ctx.model.source(key.id(), file.relative());
    ctx.model.source(key.arn(), file.relative());
  }
}
