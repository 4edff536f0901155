package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.net.IpFamily;
import java.util.List;

/**
 * CIS 5.4: no security group admits remote administration (22, 3389 over TCP or UDP) from the
 * whole IPv6 internet. See {@link SecurityGroupAdminPorts} for how the network engine decides it.
 */
public final class SgAdminPortsOpenIpv6 implements Check {
  @Override
  public String id() {
    return "sg-admin-ports-open-ipv6";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return SecurityGroupAdminPorts.evaluate(ctx, IpFamily.IPV6);
  }
}
