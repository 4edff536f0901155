package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.KmsKey;
import dev.mamori.model.PolicyDocument;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KMS keys: {@code describe-key}, {@code get-key-rotation-status} and {@code get-key-policy} are
 * three calls, saved in one folder per key ({@code <region>/kms/<key-id>/}). A key without a
 * rotation or policy file has that part <em>not collected</em>.
 */
final class KmsKeyParts {
  private final Map<Ref, KmsKey> described = new LinkedHashMap<>();
  private final Map<Ref, Collected<Boolean>> rotation = new LinkedHashMap<>();
  private final Map<Ref, Collected<PolicyDocument>> policies = new LinkedHashMap<>();
  private final Map<Ref, String> partFiles = new LinkedHashMap<>();

  /** A key in one account and region (multi-Region keys share their ID across regions). */
  record Ref(String accountId, String region, String keyId) {}

  void described(Ref ref, KmsKey key) {
    described.put(ref, key);
  }

  void rotation(Ref ref, Collected<Boolean> enabled, SnapshotFile file) {
    rotation.put(ref, enabled);
    partFiles.putIfAbsent(ref, file.relative());
  }

  void policy(Ref ref, Collected<PolicyDocument> policy, SnapshotFile file) {
    policies.put(ref, policy);
    partFiles.putIfAbsent(ref, file.relative());
  }

  void finish(ReadContext ctx) {
    described.forEach((ref, k) -> ctx.model.add(new KmsKey(k.id(), k.arn(), k.accountId(), k.region(),
        k.description(), k.keyManager(), k.keyState(), k.keySpec(), k.keyUsage(), k.origin(), k.enabled(),
        k.creationDate(), rotation.getOrDefault(ref, Collected.notCollected()),
        policies.getOrDefault(ref, Collected.notCollected()))));
    partFiles.forEach((ref, file) -> {
      if (!described.containsKey(ref)) {
        ctx.warn(file, "", "a part of KMS key " + ref.keyId() + " whose describe-key.json is missing; ignored");
      }
    });
  }
}
