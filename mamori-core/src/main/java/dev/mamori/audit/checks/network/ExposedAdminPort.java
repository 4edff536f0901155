package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.net.Protocols;
import dev.mamori.net.check.ExposedAdminPorts;
import dev.mamori.net.check.ExposedAdminPorts.Exposed;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.exposure.NotEvaluated;
import dev.mamori.net.reach.Endpoint;
import dev.mamori.net.filter.SecurityGroupRuleMatch;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.HopRule;
import dev.mamori.net.reach.ReachResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Remote administration ports the internet can actually open a connection to: the network
 * engine's exposure analysis (public address, routes, network ACLs both ways, security groups),
 * not one rule read alone. The ports are the engine's ({@link ExposedAdminPorts#ADMIN_PORTS}).
 * Every interface gets a result; a failing one carries the reach trace of each exposed port, from
 * an internet address through every hop and back.
 */
public final class ExposedAdminPort implements Check {
  @Override
  public boolean needsInternetExposure() {
    return true;
  }

  @Override
  public String id() {
    return "exposed-admin-port";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    ExposureReport exposure = ctx.engines().internetExposure();
    Map<String, List<Exposed>> exposedByEni = ExposedAdminPorts.find(exposure).stream()
        .collect(Collectors.groupingBy(Exposed::eni, LinkedHashMap::new, Collectors.toList()));
    Map<String, NotEvaluated> unknown = exposure.notEvaluated().stream()
        .collect(Collectors.toMap(NotEvaluated::eni, n -> n, (a, b) -> a));
    List<CheckResult> out = new ArrayList<>();
    for (NetworkInterface eni : ctx.model().networkInterfaces()) {
      List<Exposed> exposed = exposedByEni.getOrDefault(eni.id(), List.of());
      if (!exposed.isEmpty()) {
        out.add(fail(ctx, eni, exposed));
      } else if (unknown.containsKey(eni.id())) {
        out.add(CheckResult.notEvaluated(eni.id(), eni.region(), "what the internet can reach on " + eni.id()
            + " depends on data not in the snapshot").because(new Explanation.Facts(unknown.get(eni.id()).reasons())));
      } else {
        boolean addressable = !eni.publicIps().isEmpty() || !eni.ipv6Addresses().isEmpty();
        out.add(CheckResult.pass(eni.id(), eni.region(), "no remote administration port of " + eni.id()
            + " is reachable from the internet" + (addressable ? "" : " (it has no public address)")));
      }
    }
    return out;
  }

  private static CheckResult fail(AuditContext ctx, NetworkInterface eni, List<Exposed> exposed) {
    List<Flow> flows = new ArrayList<>();
    Set<String> revokes = new LinkedHashSet<>();
    for (Exposed x : exposed) {
      Endpoint target = new Endpoint.OfInterface(eni, Optional.of(x.address()));
      FlowQuery query = new FlowQuery(new Endpoint.Internet(), target, x.port().protocol(), FlowQuery.DEFAULT_SOURCE_PORT,
          x.port().port(), 0, 0);
      ReachResult trace = ctx.engines().reach().analyze(query);
      flows.addAll(NetworkHops.of(describe(x) + " from " + InternetOf.describe(x.sources()), trace));
      trace.forward().stream().flatMap(h -> h.rule().stream())
          .filter(HopRule.SecurityGroupRule.class::isInstance).map(r -> revoke(((HopRule.SecurityGroupRule) r).match()))
          .forEach(revokes::add);
    }
    String what = String.join(", ", exposed.stream().map(ExposedAdminPort::describe).distinct().toList());
    String instance = eni.instanceId().map(i -> " (" + i + ")").orElse("");
    String sessionManager = eni.instanceId().map(i -> "   # then administer through Session Manager: aws ssm start-session"
        + " --target " + i).orElse("");
    CheckResult result = CheckResult.fail(eni.id(), eni.region(), "the internet can reach " + what + " of " + eni.id() + instance)
        .because(new Explanation.NetworkTrace(flows));
    return revokes.isEmpty() ? result : result.withRemediation(String.join(" && ", revokes) + sessionManager);
  }

  /** {@code SSH (tcp 22) on 54.228.71.190}. */
  private static String describe(Exposed x) {
    return x.port().service() + " (" + Protocols.name(x.port().protocol()) + " " + x.port().port() + ") on " + x.address();
  }

  /** Revokes the security group rule (that one peer of it) that let the internet in. */
  private static String revoke(SecurityGroupRuleMatch rule) {
    SecurityGroupRule onePeer = new SecurityGroupRule(rule.rule().protocol(), rule.rule().ports(), rule.rule().icmp(),
        List.of(rule.peer()));
    return "aws ec2 revoke-security-group-ingress --group-id " + rule.group().id() + " --region {region} --ip-permissions '"
        + IpPermissions.json(List.of(onePeer)) + "'";
  }
}
