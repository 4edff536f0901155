package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.DbInstance;
import java.util.List;

/**
 * CIS 2.2.3: RDS instances are not publicly accessible. The flag gives the endpoint a public
 * address; whether the internet can then open a connection depends on routes, network ACLs and
 * security groups — the network engine's question, asked here once it is available.
 */
public final class RdsPublic implements Check {
  @Override
  public String id() {
    return "rds-public";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().dbInstances().stream().map(RdsPublic::judge).toList();
  }

  private static CheckResult judge(DbInstance db) {
    String endpoint = db.endpointAddress().map(a -> a + db.endpointPort().map(p -> ":" + p).orElse("")).orElse("(no endpoint)");
    return CheckResult.passIf(!db.publiclyAccessible(), db.id(), db.region(),
            "the instance is not publicly accessible",
            "the instance is publicly accessible: its endpoint " + endpoint + " resolves to a public address")
        .because("describe-db-instances: PubliclyAccessible=" + db.publiclyAccessible(),
            "security groups: " + String.join(", ", db.vpcSecurityGroupIds()));
  }
}
