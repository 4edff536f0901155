package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.net.IpFamily;
import dev.mamori.net.PacketSet;
import dev.mamori.net.filter.Bounded;
import dev.mamori.net.filter.CompiledSecurityGroup;
import dev.mamori.net.filter.SecurityGroupRuleMatch;
import dev.mamori.net.filter.ServiceSetCache;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIS 5.3 (IPv4) and 5.4 (IPv6), asked of the network engine: which remote administration
 * services a security group admits from the whole internet of one IP version. The engine compiles
 * each rule to the exact packets it allows (protocol -1 is every protocol and port, a port range
 * covers the ports inside it); a service is open when the group's rules together admit it from
 * every internet address of that version, as a rule for 0.0.0.0/0 (::/0) does. A rule naming a
 * prefix list whose entries the snapshot lacks makes the answer NOT_EVALUATED when it hangs on it.
 * Every group is checked, attached or not: CIS judges the rules, not their use.
 *
 * <p>Only the inbound rules that can matter are compiled: those whose protocol and ports include an
 * administration service, for a CIDR block of the IP version asked about or a prefix list. A rule
 * naming a security group admits that group's members, single hosts that cannot add up to an
 * internet, and resolving every group's members is most of the cost of compiling groups in a large
 * account. A group left with no such rule admits no administration service from the internet.
 */
final class SecurityGroupAdminPorts {
  private SecurityGroupAdminPorts() {}

  static List<CheckResult> evaluate(AuditContext ctx, IpFamily family) {
    NetworkTopology network = ctx.engines().network();
    List<AdminService> services = AdminService.of(ctx.metadata());
    InternetOf internet = new InternetOf(family);
    PacketSet fromInternet = internet.asSources();
    List<PacketSet> wanted = services.stream().map(s -> s.packets().intersection(fromInternet)).toList();
    List<CheckResult> out = new ArrayList<>();
    RelevantRules relevant = new RelevantRules(network.serviceSets(), services, family);
    for (SecurityGroup group : ctx.model().securityGroups()) {
      SecurityGroup asked = relevant.of(group);
      if (asked.ingress().isEmpty()) {
        out.add(pass(group, services, internet));
      } else {
        out.add(judge(CompiledSecurityGroup.compile(asked, network, network.serviceSets()), services, wanted, internet));
      }
    }
    return out;
  }

  /** Selects the inbound rules worth compiling; the protocol-and-ports part is asked of the engine once per service. */
  private static final class RelevantRules {
    private final ServiceSetCache sets;
    // The cache hands out one set per distinct service, so identity is enough (and cheaper than tree equality).
    private final Map<PacketSet, Boolean> touchesAdmin = new IdentityHashMap<>();
    private final PacketSet anyAdminService;
    private final IpFamily family;

    RelevantRules(ServiceSetCache sets, List<AdminService> services, IpFamily family) {
      this.sets = sets;
      this.anyAdminService = PacketSet.unionAll(services.stream().map(AdminService::packets).toList());
      this.family = family;
    }

    /** The group with only the inbound rules and peers that can admit an administration service from the internet. */
    SecurityGroup of(SecurityGroup g) {
      List<SecurityGroupRule> ingress = new ArrayList<>();
      for (SecurityGroupRule rule : g.ingress()) {
        PacketSet service = sets.service(rule.protocol(), rule.ports(), rule.icmp());
        if (!touchesAdmin.computeIfAbsent(service, s -> s.intersects(anyAdminService))) {
          continue;
        }
        List<RulePeer> peers = rule.peers().stream().filter(this::canBeTheInternet).toList();
        if (!peers.isEmpty()) {
          ingress.add(new SecurityGroupRule(rule.protocol(), rule.ports(), rule.icmp(), peers));
        }
      }
      return new SecurityGroup(g.id(), g.name(), g.description(), g.vpcId(), g.ownerId(), g.region(), ingress, List.of(),
          g.tags());
    }

    private boolean canBeTheInternet(RulePeer peer) {
      if (peer instanceof RulePeer.CidrPeer c) {
        return IpFamily.of(c.cidr()) == family;
      }
      return peer instanceof RulePeer.PrefixListPeer;
    }
  }

  /**
   * The rules that open a service to the internet: those that do it alone (a rule for 0.0.0.0/0),
   * else every rule that admits part of it (they open it together).
   */
  private static List<SecurityGroupRuleMatch> openingRules(CompiledSecurityGroup compiled, PacketSet service) {
    List<SecurityGroupRuleMatch> alone = compiled.ingress().stream()
        .filter(m -> m.packets().certain().containsAll(service)).toList();
    return !alone.isEmpty() ? alone
        : compiled.ingress().stream().filter(m -> m.packets().certain().intersects(service)).toList();
  }

  private static CheckResult judge(CompiledSecurityGroup compiled, List<AdminService> services, List<PacketSet> wanted,
      InternetOf internet) {
    SecurityGroup group = compiled.group();
    Bounded<PacketSet> admitted = compiled.ingressAllowed();
    List<AdminService> open = new ArrayList<>();
    List<AdminService> unknown = new ArrayList<>();
    List<Flow> flows = new ArrayList<>();
    Set<SecurityGroupRule> opening = new LinkedHashSet<>();
    for (int i = 0; i < services.size(); i++) {
      PacketSet service = wanted.get(i);
      if (admitted.certain().containsAll(service)) {
        open.add(services.get(i));
        List<SecurityGroupRuleMatch> rules = openingRules(compiled, service);
        flows.add(new Flow(services.get(i) + " from " + internet.words(), rules.stream().map(NetworkHops::of).toList()));
        rules.forEach(m -> opening.add(new SecurityGroupRule(m.rule().protocol(), m.rule().ports(), m.rule().icmp(),
            List.of(m.peer()))));
      } else if (admitted.possible().containsAll(service)) {
        unknown.add(services.get(i));
      }
    }
    if (!open.isEmpty()) {
      List<String> rules = flows.stream().flatMap(f -> f.hops().stream()).map(h -> h.rule()).distinct().toList();
      return CheckResult.fail(group.id(), group.region(), group.name() + " admits " + AdminPortWords.list(open) + " from "
              + internet.words() + " (inbound " + String.join("; ", rules) + ")"
              + AdminPortWords.alsoUnknown(unknown, admitted.unknowns()))
          .because(new Explanation.NetworkTrace(flows))
          .withRemediationValue("permissions", IpPermissions.json(List.copyOf(opening)));
    }
    if (!unknown.isEmpty()) {
      return CheckResult.notEvaluated(group.id(), group.region(), "whether " + group.name() + " admits "
          + AdminPortWords.list(unknown) + " from " + internet.words() + " depends on data not in the snapshot")
          .because(new Explanation.Facts(admitted.unknowns()));
    }
    return pass(group, services, internet);
  }

  private static CheckResult pass(SecurityGroup group, List<AdminService> services, InternetOf internet) {
    return CheckResult.pass(group.id(), group.region(), group.name() + " admits no remote administration port ("
        + AdminService.describe(services) + ") from " + internet.words());
  }
}
