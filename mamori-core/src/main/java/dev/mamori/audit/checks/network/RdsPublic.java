package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Severity;
import dev.mamori.model.DbInstance;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.net.Protocols;
import dev.mamori.net.exposure.Exposure;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.exposure.NotEvaluated;
import dev.mamori.net.reach.Endpoint;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.ReachResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CIS 2.2.3: RDS instances are not publicly accessible. The {@code PubliclyAccessible} flag
 * decides PASS or FAIL, as CIS does: it gives the endpoint a public address, leaving only security
 * groups, ACLs and routes between the database and the internet. The network engine's exposure then
 * says how bad a FAIL is: the internet can open a connection to the endpoint port (critical), it
 * cannot today (medium: one rule change away), or the snapshot cannot tell (the catalog's high).
 *
 * <p>AWS does not say which network interface is an instance's; the instance's interfaces are
 * those RDS created ({@code RequesterId amazon-rds}) in its VPC and subnet group with exactly its
 * security groups.
 */
public final class RdsPublic implements Check {
  static final String RDS_REQUESTER = "amazon-rds";

  @Override
  public boolean needsInternetExposure() {
    return true;
  }

  @Override
  public String id() {
    return "rds-public";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    Map<Set<String>, List<NetworkInterface>> rdsInterfacesByGroups = new HashMap<>();
    for (NetworkInterface eni : ctx.model().networkInterfaces()) {
      if (eni.requesterId().filter(RDS_REQUESTER::equals).isPresent()) {
        rdsInterfacesByGroups.computeIfAbsent(Set.copyOf(eni.securityGroupIds()), k -> new ArrayList<>()).add(eni);
      }
    }
    InternetExposure exposure = new InternetExposure(ctx);
    List<CheckResult> out = new ArrayList<>();
    for (DbInstance db : ctx.model().dbInstances()) {
      List<NetworkInterface> interfaces = rdsInterfacesByGroups.getOrDefault(Set.copyOf(db.vpcSecurityGroupIds()), List.of())
          .stream().filter(e -> db.vpcId().map(e.vpcId()::equals).orElse(true))
          .filter(e -> db.subnetIds().isEmpty() || db.subnetIds().contains(e.subnetId())).toList();
      out.add(judge(ctx, exposure, db, interfaces));
    }
    return out;
  }

  /**
   * The internet exposure by interface, asked of the engine only when a publicly accessible
   * instance needs it (the engine computes it once per audit).
   */
  private static final class InternetExposure {
    private final AuditContext ctx;
    private Map<String, List<Exposure>> exposures;
    private Map<String, List<String>> unknowns;

    InternetExposure(AuditContext ctx) {
      this.ctx = ctx;
    }

    private void load() {
      if (exposures == null) {
        ExposureReport report = ctx.engines().internetExposure();
        exposures = report.exposures().stream().collect(Collectors.groupingBy(Exposure::eni));
        unknowns = report.notEvaluated().stream().collect(Collectors.toMap(NotEvaluated::eni, NotEvaluated::reasons,
            (a, b) -> a));
      }
    }

    List<Exposure> of(String eni) {
      load();
      return exposures.getOrDefault(eni, List.of());
    }

    List<String> unknownsOf(String eni) {
      load();
      return unknowns.getOrDefault(eni, List.of());
    }
  }

  private static CheckResult judge(AuditContext ctx, InternetExposure exposure, DbInstance db,
      List<NetworkInterface> interfaces) {
    String endpoint = db.endpointAddress().map(a -> a + db.endpointPort().map(p -> ":" + p).orElse("")).orElse("(no endpoint)");
    List<String> facts = new ArrayList<>(List.of("describe-db-instances: PubliclyAccessible=" + db.publiclyAccessible(),
        "security groups: " + String.join(", ", db.vpcSecurityGroupIds()),
        "network interfaces: " + (interfaces.isEmpty() ? "none in the snapshot"
            : String.join(", ", interfaces.stream().map(NetworkInterface::id).toList()))));
    if (!db.publiclyAccessible()) {
      return CheckResult.pass(db.id(), db.region(), "the instance is not publicly accessible").because(new Explanation.Facts(facts));
    }
    String flagged = "the instance is publicly accessible: its endpoint " + endpoint + " resolves to a public address";
    if (db.endpointPort().isEmpty() || interfaces.isEmpty()) {
      String missing = db.endpointPort().isEmpty() ? "its endpoint port" : "its network interface";
      return CheckResult.fail(db.id(), db.region(), flagged + "; whether the internet can reach it is unknown: "
          + missing + " is not in the snapshot").because(new Explanation.Facts(facts));
    }
    int port = db.endpointPort().get();
    Optional<Exposure> reachable = interfaces.stream().flatMap(i -> exposure.of(i.id()).stream())
        .filter(e -> e.includesPort(Protocols.TCP, port)).findFirst();
    if (reachable.isPresent()) {
      Exposure e = reachable.get();
      ReachResult trace = traceTo(ctx, interfaces, e.eni(), port, Optional.of(e.address()));
      return CheckResult.fail(db.id(), db.region(), flagged + ", and the internet can open connections to tcp " + port
              + " on " + e.address() + " (" + e.eni() + ")" + sourcesOf(e))
          .because(new Explanation.NetworkTrace(NetworkHops.of("internet to " + db.id() + " on tcp " + port, trace)))
          .withSeverity(Severity.CRITICAL);
    }
    List<String> unknown = interfaces.stream().flatMap(i -> exposure.unknownsOf(i.id()).stream()).distinct().toList();
    if (!unknown.isEmpty()) {
      facts.addAll(unknown);
      return CheckResult.fail(db.id(), db.region(), flagged + "; whether the internet can reach tcp " + port
          + " depends on data not in the snapshot").because(new Explanation.Facts(facts));
    }
    NetworkInterface first = interfaces.get(0);
    Optional<IpAddress> address = first.publicIps().stream().findFirst();
    ReachResult trace = traceTo(ctx, interfaces, first.id(), port, address);
    String blocked = trace.blockedBy().map(b -> ": " + b.kind() + " " + b.id() + " stops it (" + b.reason() + ")").orElse("");
    return CheckResult.fail(db.id(), db.region(), flagged + ", but the internet cannot reach tcp " + port + " today" + blocked)
        .because(new Explanation.NetworkTrace(NetworkHops.of("internet to " + db.id() + " on tcp " + port, trace)))
        .withSeverity(Severity.MEDIUM);
  }

  private static ReachResult traceTo(AuditContext ctx, List<NetworkInterface> interfaces, String eniId, int port,
      Optional<IpAddress> address) {
    NetworkInterface eni = interfaces.stream().filter(i -> i.id().equals(eniId)).findFirst().orElseThrow();
    return ctx.engines().reach().analyze(FlowQuery.tcp(new Endpoint.Internet(), new Endpoint.OfInterface(eni, address), port));
  }

  private static String sourcesOf(Exposure e) {
    return " from " + InternetOf.describe(e.sources());
  }
}
