package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.KmsKey;
import java.util.List;

/**
 * CIS 3.6: customer managed keys that can rotate do. Only enabled, customer managed, symmetric
 * keys with KMS-generated material can rotate automatically; other keys are not this check's
 * business (AWS rotates its managed keys itself).
 */
public final class KmsRotation implements Check {
  @Override
  public String id() {
    return "kms-rotation";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().kmsKeys().stream()
        .filter(k -> k.isCustomerManaged() && k.supportsRotation() && "Enabled".equals(k.keyState()))
        .map(KmsRotation::judge)
        .toList();
  }

  private static CheckResult judge(KmsKey k) {
    if (!k.rotationEnabled().isPresent()) {
      return CheckResult.notEvaluated(k.arn(), k.region(), "get-key-rotation-status was not collected for this key");
    }
    boolean rotates = k.rotationEnabled().asOptional().orElseThrow();
    return CheckResult.passIf(rotates, k.arn(), k.region(),
            "automatic rotation is enabled", "automatic rotation is disabled for " + describe(k))
        .because("get-key-rotation-status: KeyRotationEnabled=" + rotates);
  }

  private static String describe(KmsKey k) {
    return k.description().isBlank() ? "key " + k.id() : "key " + k.id() + " (" + k.description() + ")";
  }
}
