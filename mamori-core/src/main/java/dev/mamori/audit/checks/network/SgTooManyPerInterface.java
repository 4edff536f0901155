package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.NetworkInterface;
import java.util.List;

/**
 * Network interfaces carry at most {@code maxGroups} security groups (AWS's default quota: more
 * needs a quota increase, up to 16).
 */
public final class SgTooManyPerInterface implements Check {
  @Override
  public String id() {
    return "sg-too-many-per-interface";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    int max = ctx.metadata().intParameter("maxGroups");
    return ctx.model().networkInterfaces().stream().map(n -> judge(n, max)).toList();
  }

  private static CheckResult judge(NetworkInterface n, int max) {
    int count = n.securityGroupIds().size();
    CheckResult r = CheckResult.passIf(count <= max, n.id(), n.region(),
        "the interface has " + count + " security group" + (count == 1 ? "" : "s"),
        "the interface has " + count + " security groups (more than " + max + ")");
    return count <= max ? r : r.because("groups: " + String.join(", ", n.securityGroupIds()));
  }
}
