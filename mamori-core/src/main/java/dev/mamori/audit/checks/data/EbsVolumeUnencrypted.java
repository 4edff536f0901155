package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Volume;
import java.util.List;

/** EBS volumes are encrypted. */
public final class EbsVolumeUnencrypted implements Check {
  @Override
  public String id() {
    return "ebs-volume-unencrypted";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().volumes().stream().map(EbsVolumeUnencrypted::judge).toList();
  }

  private static CheckResult judge(Volume v) {
    String attached = v.attachedInstanceIds().isEmpty() ? "not attached" : "attached to " + String.join(", ", v.attachedInstanceIds());
    return CheckResult.passIf(v.encrypted(), v.id(), v.region(),
            "the volume is encrypted" + v.kmsKeyId().map(k -> " with " + k).orElse(""),
            "the volume is not encrypted (" + v.sizeGiB() + " GiB, " + attached + ")")
        .because("describe-volumes: Encrypted=" + v.encrypted());
  }
}
