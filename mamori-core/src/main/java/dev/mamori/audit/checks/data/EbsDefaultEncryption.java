package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.EbsEncryptionDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CIS 5.1.1: every region of the snapshot encrypts new EBS volumes by default. */
public final class EbsDefaultEncryption implements Check {
  @Override
  public String id() {
    return "ebs-default-encryption";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (String region : Regions.of(ctx.model())) {
      Optional<EbsEncryptionDefault> setting = ctx.model().ebsEncryptionDefaults().stream()
          .filter(d -> d.region().equals(region))
          .findFirst();
      out.add(setting
          .map(d -> CheckResult.passIf(d.enabled(), ctx.account(), region,
                  "EBS encryption by default is enabled" + d.defaultKmsKeyId().map(k -> " (key " + k + ")").orElse(""),
                  "EBS encryption by default is disabled in " + region)
              .because("get-ebs-encryption-by-default: EbsEncryptionByDefault=" + d.enabled()))
          .orElseGet(() -> CheckResult.notEvaluated(ctx.account(), region,
              "get-ebs-encryption-by-default was not collected for " + region)));
    }
    return out;
  }
}
