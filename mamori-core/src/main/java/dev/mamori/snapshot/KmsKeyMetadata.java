package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.KmsKey;
import java.util.Optional;

/** The {@code KeyMetadata} of {@code aws kms describe-key}, as a key whose other parts are still to come. */
final class KmsKeyMetadata {
  private KmsKeyMetadata() {}

  static KmsKey parse(Node m, SnapshotFile file, ReadContext ctx) {
    m.ignore("DeletionDate", "ValidTo", "CustomKeyStoreId", "CloudHsmClusterId", "ExpirationModel",
        "EncryptionAlgorithms", "SigningAlgorithms", "KeyAgreementAlgorithms", "MacAlgorithms", "MultiRegion",
        "MultiRegionConfiguration", "PendingDeletionWindowInDays", "XksKeyConfiguration", "CurrentKeyMaterialId");
    String id = m.text("KeyId");
    String arn = m.text("Arn");
    String account = m.optText("AWSAccountId").or(() -> Arns.account(arn)).or(file::account).orElse("");
    ctx.voteAccount(account);
    String region = file.region().or(() -> Arns.region(arn)).orElseGet(() -> Regions.of(file, ctx, Optional.empty()));
    // Older keys print only CustomerMasterKeySpec; newer ones print both with the same value.
    String spec = m.optText("KeySpec").or(() -> m.optText("CustomerMasterKeySpec")).orElse("SYMMETRIC_DEFAULT");
    m.ignore("CustomerMasterKeySpec");
    return new KmsKey(id, arn, account, region, m.optText("Description").orElse(""),
        m.optText("KeyManager").orElse("CUSTOMER"), m.optText("KeyState").orElse(""), spec,
        m.optText("KeyUsage").orElse("ENCRYPT_DECRYPT"), m.optText("Origin").orElse("AWS_KMS"),
        m.bool("Enabled", false), m.optInstant("CreationDate"), Collected.notCollected(), Collected.notCollected());
  }
}
