package dev.mamori.snapshot;

import dev.mamori.model.EbsEncryptionDefault;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * EBS encryption by default, per account and region: the setting ({@code get-ebs-encryption-by-default})
 * and the key new volumes get ({@code get-ebs-default-kms-key-id}) come from two calls.
 */
final class EbsDefaultParts {
  private final Map<Scope, Boolean> enabled = new LinkedHashMap<>();
  private final Map<Scope, String> keys = new LinkedHashMap<>();
  private final Map<Scope, String> keyFiles = new LinkedHashMap<>();

  /** An account and region. */
  record Scope(String accountId, String region) {}

  void enabled(Scope scope, boolean on) {
    enabled.put(scope, on);
  }

  void defaultKey(Scope scope, String keyId, SnapshotFile file) {
    keys.put(scope, keyId);
    keyFiles.put(scope, file.relative());
  }

  /** {@code snapshotAccount} stands for the account of settings whose folder does not name one. */
  void finish(ReadContext ctx, String snapshotAccount) {
    enabled.forEach((scope, on) -> ctx.model.add(new EbsEncryptionDefault(
        scope.accountId().isEmpty() ? snapshotAccount : scope.accountId(), scope.region(), on,
        Optional.ofNullable(keys.get(scope)))));
    keyFiles.forEach((scope, file) -> {
      if (!enabled.containsKey(scope)) {
        ctx.warn(file, "$.KmsKeyId", "the default EBS key of " + scope.region()
            + " without its get-ebs-encryption-by-default output; ignored");
      }
    });
  }
}
