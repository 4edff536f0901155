package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import java.util.List;

/** EBS snapshots the account owns are encrypted. */
public final class EbsSnapshotUnencrypted implements Check {
  @Override
  public String id() {
    return "ebs-snapshot-unencrypted";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().ebsSnapshots().stream()
        .map(s -> CheckResult.passIf(s.encrypted(), s.id(), s.region(),
                "the snapshot is encrypted" + s.kmsKeyId().map(k -> " with " + k).orElse(""),
                "the snapshot of " + s.volumeId() + " is not encrypted")
            .because("describe-snapshots: Encrypted=" + s.encrypted()))
        .toList();
  }
}
