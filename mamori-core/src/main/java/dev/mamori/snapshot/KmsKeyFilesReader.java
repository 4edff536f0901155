package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.KmsKey;
import dev.mamori.model.PolicyDocument;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One KMS key's folder, {@code <region>/kms/<key-id>/}: {@code describe-key.json},
 * {@code get-key-rotation-status.json} and {@code get-key-policy.json} (whose {@code Policy} is
 * the document as a JSON string). The rotation and policy outputs do not always name their key, so
 * the folder does.
 */
final class KmsKeyFilesReader implements PathReader {
  /** Rotation cannot be enabled on asymmetric, HMAC or imported keys: AWS says so with this code. */
  private static final Set<String> ROTATION_NOT_APPLICABLE = Set.of("UnsupportedOperationException");

  @Override
  public boolean accepts(SnapshotFile file) {
    return !file.global() && file.pathAfterScope().size() == 3 && file.serviceFolder().orElse("").equals("kms");
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    String keyId = file.parentFolder().orElseThrow();
    KmsKeyParts.Ref ref = new KmsKeyParts.Ref(file.account().orElse(""), ctx.regionOf(file).orElse(""), keyId);
    switch (file.fileName()) {
      case "describe-key.json" -> describe(parse.apply(file).requireObject(), ref, file, ctx);
      case "get-key-rotation-status.json" -> rotation(parse.apply(file).requireObject(), ref, file, ctx);
      case "get-key-policy.json" -> policy(parse.apply(file).requireObject(), ref, file, ctx);
      default -> ctx.warn(file.relative(), "", "not a KMS output Mamori reads (expected describe-key.json, "
          + "get-key-rotation-status.json or get-key-policy.json); ignored");
    }
  }

  private static void describe(Node root, KmsKeyParts.Ref ref, SnapshotFile file, ReadContext ctx) {
    Optional<String> error = AwsErrorFile.code(root);
    if (error.isPresent()) {
      ctx.warn(file.relative(), "$.Error.Code", "AWS answered " + error.get() + " to describe-key; key " + ref.keyId()
          + " not loaded");
      return;
    }
    KmsKey key = KmsKeyMetadata.parse(root.object("KeyMetadata"), file, ctx);
    if (!key.id().equals(ref.keyId()) && !key.arn().equals(ref.keyId())) {
      throw root.error("KeyMetadata.KeyId", "expected the key of this folder, " + ref.keyId() + ", found " + key.id());
    }
    ctx.assembly.kmsKeys.described(ref, key);
    ctx.model.source(key.id(), file.relative());
    ctx.model.source(key.arn(), file.relative());
    ctx.warnUnknownFields(root, file);
  }

  private static void rotation(Node root, KmsKeyParts.Ref ref, SnapshotFile file, ReadContext ctx) {
    Optional<String> error = AwsErrorFile.code(root);
    Collected<Boolean> enabled = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), ROTATION_NOT_APPLICABLE, file, ctx, "the rotation status of " + ref.keyId())
        : Collected.present(root.optBool("KeyRotationEnabled")
            .orElseThrow(() -> root.error("KeyRotationEnabled", "expected true or false, found nothing")));
    root.ignore("KeyId", "RotationPeriodInDays", "NextRotationDate", "OnDemandRotationStartDate");
    ctx.assembly.kmsKeys.rotation(ref, enabled, file);
    ctx.warnUnknownFields(root, file);
  }

  private static void policy(Node root, KmsKeyParts.Ref ref, SnapshotFile file, ReadContext ctx) {
    Optional<String> error = AwsErrorFile.code(root);
    Collected<PolicyDocument> policy = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), Set.of(), file, ctx, "the key policy of " + ref.keyId())
        : Collected.present(PolicyDocuments.required(root, "Policy"));
    root.ignore("PolicyName");
    ctx.assembly.kmsKeys.policy(ref, policy, file);
    ctx.warnUnknownFields(root, file);
  }
}
