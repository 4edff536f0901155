package dev.mamori.net.reach;

import dev.mamori.model.Cidr;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpAddress;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.ManagedPrefixList;
import dev.mamori.model.NatGateway;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.PrivateIp;
import dev.mamori.model.Route;
import dev.mamori.model.RouteTable;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.RuleAction;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.model.Subnet;
import dev.mamori.model.VpcPeeringConnection;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.ProtocolClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A brute-force, per-packet reference for reach: every rule, entry and route is scanned directly
 * against one packet, with no packet sets, caches or indexes, following DESIGN.md's semantics in
 * the order a packet travels. Tests compare the engine's answers with it.
 */
final class ReferenceReach {

  enum Answer {
    ALLOWED,
    DENIED,
    UNKNOWN
  }

  /** The verdict, and for DENIED the blocking kind and path. */
  record Outcome(Verdict verdict, String blockerKind, String path) {
    @Override
    public String toString() {
      return verdict + (verdict == Verdict.DENIED ? " by " + blockerKind + " on " + path : "");
    }
  }

  /** The walk so far: denial stops it; unknown is remembered. */
  private static final class Walk {
    boolean unknown;
    String path = "forward";
    Outcome denied;

    boolean check(Answer a, String kind) {
      if (denied != null) {
        return false;
      }
      if (a == Answer.UNKNOWN) {
        unknown = true;
      }
      if (a == Answer.DENIED) {
        denied = new Outcome(Verdict.DENIED, kind, path);
        return false;
      }
      return true;
    }

    boolean deny(String kind) {
      return check(Answer.DENIED, kind);
    }

    Outcome result() {
      if (denied != null) {
        return denied;
      }
      return new Outcome(unknown ? Verdict.NOT_EVALUATED : Verdict.ALLOWED, "", "");
    }

    Outcome stopUnknown() {
      unknown = true;
      return result();
    }
  }

  private final CloudModel m;

  ReferenceReach(CloudModel model) {
    this.m = model;
  }

  // ================================================================ flows

  /** From an interface of the snapshot to any address. */
  Outcome fromInterface(NetworkInterface a, Packet p) {
    Walk w = new Walk();
    Subnet sa = m.subnet(a.subnetId()).orElseThrow();
    if (!w.check(securityGroups(a, p, false), "security-group")) {
      return w.result();
    }
    IpAddress d = p.destination();
    if (inSubnet(sa, d)) {
      Optional<NetworkInterface> b = holder(a.vpcId(), d);
      if (b.isEmpty()) {
        w.deny("no-destination");
        return w.result();
      }
      deliver(w, b.get(), p);
      return w.result();
    }
    if (!w.check(nacl(sa, p, true), "network-acl")) {
      return w.result();
    }
    Optional<Route> route = route(sa, d);
    if (route == null) {
      return w.stopUnknown();
    }
    if (route.isEmpty() || route.get().blackhole()) {
      w.deny("route");
      return w.result();
    }
    RouteTarget target = route.get().target();
    switch (target.kind()) {
      case LOCAL -> {
        Optional<NetworkInterface> b = holder(a.vpcId(), d);
        if (b.isEmpty()) {
          w.deny("no-destination");
        } else {
          arriveInVpc(w, a, sa, b.get(), p, target);
        }
      }
      case VPC_PEERING_CONNECTION -> {
        Optional<VpcPeeringConnection> found = m.peeringConnection(target.id());
        if (found.isEmpty()) {
          return w.stopUnknown();
        }
        VpcPeeringConnection pcx = found.get();
        if (!pcx.isActive()) {
          w.deny("route");
          return w.result();
        }
        String peerVpc = pcx.peerOf(a.vpcId()).orElseThrow().vpcId();
        boolean inPeer = m.vpc(peerVpc).orElseThrow().cidrBlocks().stream().anyMatch(c -> c.contains(d))
            || m.vpc(peerVpc).orElseThrow().ipv6CidrBlocks().stream().anyMatch(c -> c.contains(d));
        if (!inPeer) {
          w.deny("route");
          return w.result();
        }
        Optional<NetworkInterface> b = holder(peerVpc, d);
        if (b.isEmpty()) {
          w.deny("no-destination");
        } else {
          arriveInVpc(w, a, sa, b.get(), p, target);
        }
      }
      case INTERNET_GATEWAY -> viaInternetGateway(w, a, sa, p, target.id());
      case NAT_GATEWAY -> viaNat(w, a, sa, p, target.id());
      case EGRESS_ONLY_INTERNET_GATEWAY -> {
        boolean attached = m.internetGatewaysOf(a.vpcId()).stream().anyMatch(g -> g.id().equals(target.id()));
        if (!d.ipv6() || !attached || !dev.mamori.net.InternetAddresses.contains(d)) {
          w.deny("route");
          return w.result();
        }
        Optional<NetworkInterface> b = holders(d).stream().findFirst();
        if (b.isPresent()) {
          internetTo(w, b.get(), p);
        }
        replyInto(w, sa, p);
      }
      default -> {
        boolean held = !holders(d).isEmpty() || m.interfaceWithPublicIp(d).isPresent();
        if (held || target.kind() == RouteTarget.Kind.NETWORK_INTERFACE) {
          return w.stopUnknown();
        }
        replyInto(w, sa, p);
      }
    }
    return w.result();
  }

  /** From an internet address (the packet's source) to an interface, by the packet's destination. */
  Outcome fromInternet(NetworkInterface b, Packet p) {
    Walk w = new Walk();
    internetTo(w, b, p);
    return w.result();
  }

  private void internetTo(Walk w, NetworkInterface b, Packet p) {
    IpAddress d = p.destination();
    boolean v4 = !d.ipv6();
    if (!(v4 ? b.publicIps().contains(d) : b.ipv6Addresses().contains(d))) {
      w.deny(v4 && b.publicIps().isEmpty() ? "no-public-ip" : "route");
      return;
    }
    boolean gateway = m.internetGatewaysOf(b.vpcId()).stream().anyMatch(g -> !g.egressOnly());
    if (!gateway) {
      w.deny("route");
      return;
    }
    Subnet sb = m.subnet(b.subnetId()).orElseThrow();
    IpAddress inside = v4 ? b.privateIps().stream().filter(x -> x.publicIp().filter(d::equals).isPresent())
        .map(PrivateIp::address).findFirst().orElseThrow() : d;
    Packet in = new Packet(p.protocol(), p.source(), inside, p.sourcePort(), p.destinationPort(), p.icmpType(), p.icmpCode());
    if (!w.check(nacl(sb, in, false), "network-acl") || !w.check(securityGroups(b, in, true), "security-group")) {
      return;
    }
    Optional<Packet> reply = reply(in);
    if (reply.isEmpty()) {
      return;
    }
    w.path = "return";
    if (!w.check(nacl(sb, reply.get(), true), "network-acl")) {
      return;
    }
    Optional<Route> back = route(sb, p.source());
    if (back == null) {
      w.unknown = true;
      return;
    }
    boolean toGateway = back.isPresent() && !back.get().blackhole()
        && back.get().target().kind() == RouteTarget.Kind.INTERNET_GATEWAY
        && m.internetGatewaysOf(b.vpcId()).stream().anyMatch(g -> g.id().equals(back.get().target().id()));
    if (!toGateway) {
      w.deny("route");
    }
  }

  private void viaInternetGateway(Walk w, NetworkInterface a, Subnet sa, Packet p, String gatewayId) {
    if (m.internetGatewaysOf(a.vpcId()).stream().noneMatch(g -> g.id().equals(gatewayId))) {
      w.deny("route");
      return;
    }
    Packet outside = p;
    if (!p.source().ipv6()) {
      Optional<IpAddress> pub = a.privateIps().stream().filter(x -> x.address().equals(p.source()))
          .findFirst().flatMap(PrivateIp::publicIp);
      if (pub.isEmpty()) {
        w.deny("no-public-ip");
        return;
      }
      outside = withSource(p, pub.get());
    }
    if (!dev.mamori.net.InternetAddresses.contains(p.destination())) {
      w.deny("route");
      return;
    }
    Optional<NetworkInterface> b = p.destination().ipv6() ? holders(p.destination()).stream().findFirst()
        : m.interfaceWithPublicIp(p.destination());
    if (b.isPresent()) {
      internetTo(w, b.get(), outside);
      if (w.denied != null) {
        return;
      }
    }
    replyInto(w, sa, p);
  }

  private void viaNat(Walk w, NetworkInterface a, Subnet sa, Packet p, String natId) {
    Optional<NatGateway> found = m.natGateway(natId);
    if (found.isEmpty()) {
      w.unknown = true;
      return;
    }
    NatGateway nat = found.get();
    boolean supported = p.protocol() == 6 || p.protocol() == 17 || p.protocol() == 1;
    if (!nat.isAvailable() || p.source().ipv6() || !supported || !nat.isPublic()) {
      w.deny("nat-gateway");
      return;
    }
    Subnet ns = m.subnet(nat.subnetId()).orElseThrow();
    IpAddress natPrivate = nat.addresses().get(0).privateIp().orElseThrow();
    IpAddress natPublic = nat.addresses().get(0).publicIp().orElseThrow();
    if (!w.check(nacl(ns, p, false), "network-acl")) {
      return;
    }
    Optional<Route> onward = route(ns, p.destination());
    if (onward == null) {
      w.unknown = true;
      return;
    }
    if (onward.isEmpty() || onward.get().blackhole()
        || onward.get().target().kind() != RouteTarget.Kind.INTERNET_GATEWAY) {
      w.deny("route");
      return;
    }
    List<Integer> ports = p.protocolClass() == ProtocolClass.PORTS ? natPortCandidates(ns) : List.of(p.sourcePort());
    Integer forwardPort = null;
    Integer bothPort = null;
    for (int port : ports) {
      Packet t = withSourcePort(withSource(p, natPrivate), port);
      if (nacl(ns, t, true) == Answer.ALLOWED) {
        forwardPort = forwardPort == null ? port : forwardPort;
        Optional<Packet> rt = reply(t);
        if (bothPort == null && (rt.isEmpty() || nacl(ns, rt.get(), false) == Answer.ALLOWED)) {
          bothPort = port;
        }
      }
    }
    if (forwardPort == null) {
      w.deny("network-acl");
      return;
    }
    String gatewayId = onward.get().target().id();
    if (m.internetGatewaysOf(nat.vpcId()).stream().noneMatch(g -> g.id().equals(gatewayId))) {
      w.deny("route");
      return;
    }
    if (!dev.mamori.net.InternetAddresses.contains(p.destination())) {
      w.deny("route");
      return;
    }
    int port = bothPort != null ? bothPort : forwardPort;
    Packet translated = withSourcePort(withSource(p, natPrivate), port);
    Optional<NetworkInterface> b = m.interfaceWithPublicIp(p.destination());
    if (b.isPresent()) {
      internetTo(w, b.get(), withSource(translated, natPublic));
      if (w.denied != null) {
        return;
      }
    }
    w.path = "return";
    Optional<Packet> replyToNat = reply(translated);
    if (replyToNat.isEmpty() || !w.check(nacl(ns, replyToNat.get(), false), "network-acl")) {
      return;
    }
    Packet r = reply(p).orElseThrow();
    if (!w.check(nacl(ns, r, true), "network-acl")) {
      return;
    }
    Optional<Route> back = route(ns, p.source());
    if (back == null) {
      w.unknown = true;
      return;
    }
    if (back.isEmpty() || back.get().blackhole() || back.get().target().kind() != RouteTarget.Kind.LOCAL) {
      w.deny("route");
      return;
    }
    replyInto(w, sa, p);
  }

  /** Every boundary of the NAT subnet's port ranges in 1024-65535: the answer is constant between them. */
  private List<Integer> natPortCandidates(Subnet ns) {
    TreeSet<Integer> out = new TreeSet<>(List.of(1024, 65535));
    NetworkAcl acl = m.networkAclFor(ns).orElseThrow();
    for (NetworkAclEntry e : acl.entries()) {
      e.ports().ifPresent(r -> {
        for (int v : new int[] {r.from() - 1, r.from(), r.to(), r.to() + 1}) {
          if (v >= 1024 && v <= 65535) {
            out.add(v);
          }
        }
      });
    }
    return new ArrayList<>(out);
  }

  private void arriveInVpc(Walk w, NetworkInterface a, Subnet sa, NetworkInterface b, Packet p, RouteTarget way) {
    Subnet sb = m.subnet(b.subnetId()).orElseThrow();
    if (!w.check(nacl(sb, p, false), "network-acl") || !deliverChecks(w, b, p)) {
      return;
    }
    Optional<Packet> r = reply(p);
    if (r.isEmpty()) {
      return;
    }
    w.path = "return";
    if (!w.check(nacl(sb, r.get(), true), "network-acl")) {
      return;
    }
    Optional<Route> back = route(sb, p.source());
    if (back == null) {
      w.unknown = true;
      return;
    }
    boolean same = back.isPresent() && !back.get().blackhole() && back.get().target().kind() == way.kind()
        && (way.kind() == RouteTarget.Kind.LOCAL || back.get().target().id().equals(way.id()));
    if (!same) {
      w.deny("route");
      return;
    }
    replyInto(w, sa, p);
  }

  private void replyInto(Walk w, Subnet sa, Packet p) {
    Optional<Packet> r = reply(p);
    if (r.isEmpty() || w.denied != null) {
      return;
    }
    w.path = "return";
    w.check(nacl(sa, r.get(), false), "network-acl");
  }

  private void deliver(Walk w, NetworkInterface b, Packet p) {
    deliverChecks(w, b, p);
  }

  private boolean deliverChecks(Walk w, NetworkInterface b, Packet p) {
    if (b.interfaceType().equals("nat_gateway")) {
      return w.deny("nat-gateway");
    }
    return w.check(securityGroups(b, p, true), "security-group");
  }

  // ================================================================ components, per packet

  Answer securityGroups(NetworkInterface eni, Packet p, boolean ingress) {
    List<String> ids = eni.securityGroupIds();
    if (ids.isEmpty()) {
      Optional<SecurityGroup> dflt = m.securityGroups().stream()
          .filter(g -> g.name().equals("default") && g.vpcId().equals(Optional.of(eni.vpcId()))).findFirst();
      if (dflt.isEmpty()) {
        return Answer.UNKNOWN;
      }
      ids = List.of(dflt.get().id());
    }
    boolean unknown = false;
    for (String id : ids) {
      Optional<SecurityGroup> g = m.securityGroup(id);
      if (g.isEmpty()) {
        unknown = true;
        continue;
      }
      for (SecurityGroupRule rule : ingress ? g.get().ingress() : g.get().egress()) {
        if (!serviceMatches(rule.protocol(), rule.ports(), rule.icmp(), p)) {
          continue;
        }
        for (RulePeer peer : rule.peers()) {
          Answer a = peerMatches(peer, ingress ? p.source() : p.destination());
          if (a == Answer.ALLOWED) {
            return Answer.ALLOWED;
          }
          unknown |= a == Answer.UNKNOWN;
        }
      }
    }
    return unknown ? Answer.UNKNOWN : Answer.DENIED;
  }

  private Answer peerMatches(RulePeer peer, IpAddress remote) {
    if (peer instanceof RulePeer.CidrPeer c) {
      return c.cidr().contains(remote) ? Answer.ALLOWED : Answer.DENIED;
    }
    if (peer instanceof RulePeer.PrefixListPeer pl) {
      Optional<ManagedPrefixList> list = m.prefixList(pl.prefixListId());
      if (list.isEmpty() || !(list.get().entries() instanceof Collected.Present<List<Cidr>> entries)) {
        boolean otherFamily = list.isPresent()
            && list.get().addressFamily().equalsIgnoreCase(remote.ipv6() ? "IPv4" : "IPv6");
        return otherFamily ? Answer.DENIED : Answer.UNKNOWN;
      }
      return entries.value().stream().anyMatch(c -> c.contains(remote)) ? Answer.ALLOWED : Answer.DENIED;
    }
    String groupId = ((RulePeer.GroupPeer) peer).groupId();
    for (NetworkInterface member : m.networkInterfaces()) {
      boolean listed = member.securityGroupIds().contains(groupId);
      boolean implicit = member.securityGroupIds().isEmpty() && m.securityGroup(groupId)
          .filter(g -> g.name().equals("default") && g.vpcId().equals(Optional.of(member.vpcId()))).isPresent();
      if ((listed || implicit) && (member.privateIps().stream().anyMatch(x -> x.address().equals(remote))
          || member.ipv6Addresses().contains(remote))) {
        return Answer.ALLOWED;
      }
    }
    return m.securityGroup(groupId).isPresent() ? Answer.DENIED : Answer.UNKNOWN;
  }

  Answer nacl(Subnet s, Packet p, boolean egress) {
    NetworkAcl acl = m.networkAclFor(s).orElse(null);
    if (acl == null) {
      return Answer.UNKNOWN;
    }
    List<NetworkAclEntry> entries = new ArrayList<>(acl.entries().stream().filter(e -> e.egress() == egress).toList());
    entries.sort((x, y) -> Integer.compare(x.ruleNumber(), y.ruleNumber()));
    for (NetworkAclEntry e : entries) {
      IpAddress remote = egress ? p.destination() : p.source();
      if (e.cidr().contains(remote) && serviceMatches(e.protocol(), e.ports(), e.icmp(), p)) {
        return e.action() == RuleAction.ALLOW ? Answer.ALLOWED : Answer.DENIED;
      }
    }
    return Answer.DENIED;
  }

  private static boolean serviceMatches(IpProtocol protocol, Optional<dev.mamori.model.PortRange> ports,
      Optional<IcmpTypeCode> icmp, Packet p) {
    if (protocol.isAll()) {
      return true;
    }
    if (protocol.number() != p.protocol()) {
      return false;
    }
    if (p.protocolClass() == ProtocolClass.PORTS) {
      return ports.map(r -> r.contains(p.destinationPort())).orElse(true);
    }
    if (icmp.isPresent() && !icmp.get().anyType()) {
      if (p.protocolClass() != ProtocolClass.ICMP) {
        return false;
      }
      return icmp.get().type() == p.icmpType() && (icmp.get().anyCode() || icmp.get().code() == p.icmpCode());
    }
    return true;
  }

  /** The best route, empty for none, null when a missing prefix list could change it. */
  Optional<Route> route(Subnet s, IpAddress d) {
    RouteTable table = m.routeTableFor(s).orElseThrow();
    Route best = null;
    int bestLength = -1;
    boolean bestIsList = true;
    boolean unknownList = false;
    for (Route r : table.routes()) {
      List<Cidr> prefixes;
      if (r.destinationCidr().isPresent()) {
        prefixes = List.of(r.destinationCidr().get());
      } else {
        Optional<ManagedPrefixList> list = m.prefixList(r.destinationPrefixListId().orElseThrow());
        if (list.isEmpty() || !(list.get().entries() instanceof Collected.Present<List<Cidr>> entries)) {
          boolean otherFamily = list.isPresent()
              && list.get().addressFamily().equalsIgnoreCase(d.ipv6() ? "IPv4" : "IPv6");
          unknownList |= !otherFamily;
          continue;
        }
        prefixes = entries.value();
      }
      boolean isList = r.destinationPrefixListId().isPresent();
      for (Cidr c : prefixes) {
        if (!c.contains(d)) {
          continue;
        }
        int length = c.prefixLength();
        if (length > bestLength || (length == bestLength && bestIsList && !isList)) {
          best = r;
          bestLength = length;
          bestIsList = isList;
        }
      }
    }
    int hostLength = d.ipv6() ? 128 : 32;
    if (unknownList && bestLength < hostLength) {
      return null;
    }
    return Optional.ofNullable(best);
  }

  // ================================================================ helpers

  static Optional<Packet> reply(Packet p) {
    if (p.protocolClass() != ProtocolClass.ICMP) {
      return Optional.of(p.reversed());
    }
    Map<Integer, Integer> queries = p.family() == IpFamily.IPV4 ? Map.of(8, 0, 13, 14, 15, 16, 17, 18) : Map.of(128, 129);
    Integer type = queries.get(p.icmpType());
    return type == null ? Optional.empty()
        : Optional.of(new Packet(p.protocol(), p.destination(), p.source(), 0, 0, type, p.icmpCode()));
  }

  private List<NetworkInterface> holders(IpAddress a) {
    return m.networkInterfaces().stream()
        .filter(e -> e.privateIps().stream().anyMatch(x -> x.address().equals(a)) || e.ipv6Addresses().contains(a))
        .toList();
  }

  private Optional<NetworkInterface> holder(String vpcId, IpAddress a) {
    return holders(a).stream().filter(e -> e.vpcId().equals(vpcId)).findFirst();
  }

  private static boolean inSubnet(Subnet s, IpAddress a) {
    return s.cidrBlock().filter(c -> c.contains(a)).isPresent() || s.ipv6CidrBlocks().stream().anyMatch(c -> c.contains(a));
  }

  private static Packet withSource(Packet p, IpAddress src) {
    return new Packet(p.protocol(), src, p.destination(), p.sourcePort(), p.destinationPort(), p.icmpType(), p.icmpCode());
  }

  private static Packet withSourcePort(Packet p, int port) {
    return p.protocolClass() == ProtocolClass.PORTS
        ? new Packet(p.protocol(), p.source(), p.destination(), port, p.destinationPort(), 0, 0) : p;
  }
}
