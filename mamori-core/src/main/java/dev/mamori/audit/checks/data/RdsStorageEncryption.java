package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.List;

/** CIS 2.2.1: RDS instances encrypt their storage. */
public final class RdsStorageEncryption implements Check {
  @Override
  public String id() {
    return "rds-storage-encryption";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().dbInstances().stream()
        .map(db -> CheckResult.passIf(db.storageEncrypted(), db.id(), db.region(),
                "storage is encrypted" + db.kmsKeyId().map(k -> " with " + k).orElse(""),
                db.engine() + " instance storage is not encrypted")
            .because("describe-db-instances: StorageEncrypted=" + db.storageEncrypted()))
        .toList();
  }
}
