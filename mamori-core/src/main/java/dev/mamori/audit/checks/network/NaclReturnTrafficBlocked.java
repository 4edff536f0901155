package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.Subnet;
import dev.mamori.net.AddressRange;
import dev.mamori.net.Addresses;
import dev.mamori.net.IntRange;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.Protocols;
import dev.mamori.net.Replies;
import dev.mamori.net.check.NaclReturnTraffic;
import dev.mamori.net.check.NaclReturnTraffic.Gap;
import dev.mamori.net.check.NaclReturnTraffic.Initiated;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclDecision;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.reach.FlowQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Traffic a network ACL lets in whose replies its stateless outbound rules drop, for some client
 * port in 1024–65535: the network engine ({@link NaclReturnTraffic}) finds these gaps. Only ACLs in
 * force on some subnet are judged, and only connections opened from outside the subnet (DESIGN.md:
 * inbound allowed, reply denied by the outbound rules). Each gap is explained by the engine's
 * decisions for one example connection: the inbound entry that lets it in, the outbound entry that
 * drops its reply.
 */
public final class NaclReturnTrafficBlocked implements Check {
  @Override
  public String id() {
    return "nacl-return-traffic-blocked";
  }

  /** Connections of one service from one remote range, whatever client port they use. */
  private record Service(int protocol, IntRange ports, String remote) {}

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    Map<String, List<Subnet>> subnetsByAcl = new LinkedHashMap<>();
    for (Subnet subnet : ctx.model().subnets()) {
      ctx.model().networkAclFor(subnet).ifPresent(a -> subnetsByAcl.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(subnet));
    }
    List<CheckResult> out = new ArrayList<>();
    for (NetworkAcl acl : ctx.model().networkAcls()) {
      List<Subnet> subnets = subnetsByAcl.getOrDefault(acl.id(), List.of());
      if (subnets.isEmpty()) {
        continue;
      }
      NetworkAclEvaluator evaluator = ctx.engines().network().networkAcl(acl);
      List<Gap> gaps = NaclReturnTraffic.find(evaluator, subnets.stream().map(Subnet::id).toList()).stream()
          .filter(g -> g.initiated() == Initiated.INBOUND).toList();
      out.add(judge(evaluator, subnets.get(0), gaps));
    }
    return out;
  }

  private static CheckResult judge(NetworkAclEvaluator evaluator, Subnet subnet, List<Gap> gaps) {
    NetworkAcl acl = evaluator.acl();
    if (gaps.isEmpty()) {
      return CheckResult.pass(acl.id(), acl.region(), "the replies to what " + acl.id() + " lets in are let out");
    }
    Map<Service, List<IntRange>> clientPorts = new LinkedHashMap<>();
    List<Flow> flows = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    Set<Integer> used = acl.entries(true).stream().map(NetworkAclEntry::ruleNumber)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> repliesAllowed = new HashSet<>();
    for (Gap gap : gaps) {
      // One outbound allow per protocol and remote range lets every service's replies out.
      boolean first = repliesAllowed.add(gap.protocol() + " " + gap.remote());
      clientPorts.computeIfAbsent(service(gap), k -> new ArrayList<>()).add(gap.clientPorts());
      Packet connection = example(gap, subnet);
      Packet reply = Replies.replyTo(connection).orElseThrow();
      NaclDecision in = evaluator.decide(connection, Direction.INGRESS);
      NaclDecision out = evaluator.decide(reply, Direction.EGRESS);
      flows.add(new Flow(gap.message() + ", e.g. " + connection,
          List.of(NetworkHops.of(in, Direction.INGRESS), NetworkHops.of(out, Direction.EGRESS))));
      if (first) {
        commands.addAll(allowReplies(gap, out, used));
      }
    }
    List<String> parts = new ArrayList<>();
    clientPorts.forEach((s, ports) -> parts.add(Protocols.name(s.protocol()) + " " + s.ports() + " from " + s.remote()
        + " (replies to client ports " + String.join(", ", ports.stream().map(IntRange::toString).toList())
        + " dropped)"));
    return CheckResult.fail(acl.id(), acl.region(), acl.id() + " lets in traffic whose replies its outbound rules drop: "
            + String.join("; ", parts))
        .because(new Explanation.NetworkTrace(flows))
        .withRemediation(String.join(" && ", commands));
  }

  private static Service service(Gap gap) {
    return new Service(gap.protocol(), gap.ports(),
        String.join(", ", gap.remote().toCidrs().stream().map(Cidr::toString).toList()));
  }

  /** One connection of the gap: from its first remote address and a client port the gap cuts off. */
  private static Packet example(Gap gap, Subnet subnet) {
    AddressRange range = gap.remote().ranges().get(0);
    // A host address, not the network address, when the range has more than one.
    IpAddress remote = range.first().equals(range.last()) ? range.first() : Addresses.next(range.first());
    IpFamily family = IpFamily.of(remote);
    int clientPort = gap.clientPorts().contains(FlowQuery.DEFAULT_SOURCE_PORT) ? FlowQuery.DEFAULT_SOURCE_PORT
        : gap.clientPorts().from();
    IpAddress local = hostIn(subnet, family);
    return gap.protocol() == Protocols.TCP ? Packet.tcp(remote, clientPort, local, gap.ports().from())
        : Packet.udp(remote, clientPort, local, gap.ports().from());
  }

  /** An address of the subnet in that family (the ACL decides on the remote side only, so any would do). */
  private static IpAddress hostIn(Subnet subnet, IpFamily family) {
    Optional<Cidr> block = family == IpFamily.IPV4 ? subnet.cidrBlock() : subnet.ipv6CidrBlocks().stream().findFirst();
    return block.map(c -> Addresses.next(c.network())).orElse(Addresses.first(family));
  }

  /**
   * Outbound allow entries for the replies of one service: client ports 1024–65535 (every common
   * client) to the remote range, numbered before the entry that drops them.
   */
  private static List<String> allowReplies(Gap gap, NaclDecision dropping, Set<Integer> used) {
    int number = freeNumberBefore(dropping, used);
    List<String> out = new ArrayList<>();
    for (Cidr cidr : gap.remote().toCidrs()) {
      String rule = number >= 1 ? Integer.toString(number) : "RULE_BEFORE_" + dropping.ruleNumber();
      out.add("aws ec2 create-network-acl-entry --network-acl-id {resource} --region {region} --egress --rule-number "
          + rule + " --protocol " + Protocols.name(gap.protocol()) + " --port-range From=1024,To=65535 "
          + (cidr.ipv6() ? "--ipv6-cidr-block " : "--cidr-block ") + cidr + " --rule-action allow");
      if (number >= 1) {
        used.add(number);
        number = freeBelow(number, used);
      }
    }
    return out;
  }

  /** A free rule number that comes before the dropping entry: after the last customer entry when the final * rule drops. */
  private static int freeNumberBefore(NaclDecision dropping, Set<Integer> used) {
    if (dropping.entry().map(e -> !e.entry().isDefaultRule()).orElse(false)) {
      return freeBelow(dropping.ruleNumber(), used);
    }
    int last = used.stream().filter(n -> n < NetworkAclEntry.IPV4_DEFAULT_RULE).max(Integer::compare).orElse(0);
    int next = (last / 10 + 1) * 10;
    return next < NetworkAclEntry.IPV4_DEFAULT_RULE && !used.contains(next) ? next : freeBelow(NetworkAclEntry.IPV4_DEFAULT_RULE, used);
  }

  private static int freeBelow(int number, Set<Integer> used) {
    int n = number - 1;
    while (n >= 1 && used.contains(n)) {
      n--;
    }
    return n;
  }
}
