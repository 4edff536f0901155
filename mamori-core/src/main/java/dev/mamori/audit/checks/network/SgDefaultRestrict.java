package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.SecurityGroup;
import java.util.List;

/**
 * CIS 5.5: the default security group of every VPC has no rules at all, so that a resource
 * launched without a chosen group gets no access. Any rule fails, whatever it allows: the point is
 * that the default group is never used.
 */
public final class SgDefaultRestrict implements Check {
  @Override
  public String id() {
    return "sg-default-restrict";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().securityGroups().stream()
        .filter(g -> g.isDefault() && g.vpcId().isPresent())
        .map(SgDefaultRestrict::judge)
        .toList();
  }

  private static CheckResult judge(SecurityGroup g) {
    int in = g.ingress().size();
    int out = g.egress().size();
    String vpc = g.vpcId().orElseThrow();
    return CheckResult.passIf(in == 0 && out == 0, g.id(), g.region(),
            "the default group of " + vpc + " has no rules",
            "the default group of " + vpc + " has " + in + " inbound and " + out + " outbound rule(s)")
        .because(IpPermissions.describe("inbound", g.ingress()), IpPermissions.describe("outbound", g.egress()))
        .withRemediationValue("ingress", IpPermissions.json(g.ingress()))
        .withRemediationValue("egress", IpPermissions.json(g.egress()));
  }
}
