package dev.mamori.net.reach;

import dev.mamori.model.CloudModel;
import dev.mamori.model.InternetGateway;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NatGateway;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.Subnet;
import dev.mamori.model.Vpc;
import dev.mamori.model.VpcPeeringConnection;
import dev.mamori.net.AddressRange;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IntRange;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.PacketBox;
import dev.mamori.net.PacketSet;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import dev.mamori.net.Replies;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclDecision;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.filter.Outcome;
import dev.mamori.net.filter.SecurityGroupDecision;
import dev.mamori.net.route.RouteLookup;
import dev.mamori.net.route.RouteTableEvaluator;
import dev.mamori.net.topology.NetworkTopology;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Walks one concrete packet through the snapshot, hop by hop, forward then back, as AWS forwards
 * it: security groups (stateful) at the interfaces, network ACLs (stateless) where the packet
 * crosses a subnet edge (not within a subnet), the source subnet's route table (longest prefix match)
 * and the gateway it names, public addresses translated at the internet gateway, and the reply
 * routed back the same way (an asymmetric reply is dropped).
 */
final class FlowWalker {

  private static final Optional<Direction> IN = Optional.of(Direction.INGRESS);
  private static final Optional<Direction> OUT = Optional.of(Direction.EGRESS);
  private static final Optional<Direction> NONE = Optional.empty();

  private final NetworkTopology topology;
  private final CloudModel model;

  FlowWalker(NetworkTopology topology) {
    this.topology = topology;
    this.model = topology.model();
  }

  // ================================================================ starting points

  /** A packet sent by an interface of the snapshot. */
  ReachResult fromInterface(NetworkInterface source, Packet packet) {
    Trace t = new Trace(packet);
    t.add(Hop.passed("interface", source.id(), OUT, "sent by " + source.id() + " from " + packet.source()));
    Optional<Subnet> subnet = topology.subnetOf(source);
    if (subnet.isEmpty()) {
      t.stop(unknownHop("interface", source.id(), "subnet " + source.subnetId() + " is not in the snapshot"),
          "subnet " + source.subnetId() + " is not in the snapshot");
      return t.result();
    }
    if (securityGroups(t, source, packet, Direction.EGRESS)) {
      leaveSubnet(t, source, subnet.get(), packet);
    }
    return t.result();
  }

  /** A packet from a host outside the snapshot (an internet address or another network). */
  ReachResult fromOutside(NetworkInterface destination, Packet packet) {
    Trace t = new Trace(packet);
    IpAddress from = packet.source();
    boolean internet = InternetAddresses.contains(from);
    t.add(Hop.passed(internet ? "internet" : "external", from.toString(), NONE,
        "sent by " + from + (internet ? " on the internet" : ", outside the snapshot")));
    if (internet) {
      fromInternetTo(t, destination, packet);
    } else {
      fromOtherNetworkTo(t, destination, packet);
    }
    return t.result();
  }

  // ================================================================ leaving a subnet

  private void leaveSubnet(Trace t, NetworkInterface source, Subnet subnet, Packet p) {
    IpAddress to = p.destination();
    if (subnetHolds(subnet, to)) {
      withinSubnet(t, source, subnet, p);
      return;
    }
    if (!networkAcl(t, subnet, p, Direction.EGRESS)) {
      return;
    }
    Optional<RouteLookup.Matched> route = route(t, subnet, to, r -> true, null);
    if (route.isEmpty()) {
      return;
    }
    RouteTarget target = route.get().route().target();
    switch (target.kind()) {
      case LOCAL -> viaLocal(t, source, subnet, p);
      case VPC_PEERING_CONNECTION -> viaPeering(t, source, subnet, p, target.id());
      case INTERNET_GATEWAY -> viaInternetGateway(t, source, subnet, p, target.id());
      case EGRESS_ONLY_INTERNET_GATEWAY -> viaEgressOnlyGateway(t, source, subnet, p, target.id());
      case NAT_GATEWAY -> viaNatGateway(t, source, subnet, p, target.id());
      default -> viaUnmodelled(t, source, subnet, p, target);
    }
  }

  /** Same subnet: delivered directly, no network ACL and no route table; the reply needs nothing. */
  private void withinSubnet(Trace t, NetworkInterface source, Subnet subnet, Packet p) {
    Optional<NetworkInterface> owner = ownerIn(source.vpcId(), p.destination());
    if (owner.isEmpty()) {
      t.block("no-destination", subnet.id(), NONE, p.destination() + " is in " + subnet.id()
          + " but no interface holds it");
      return;
    }
    deliver(t, owner.get(), p, "same subnet " + subnet.id() + ": delivered directly, no network ACL");
  }

  private void viaLocal(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p) {
    Optional<NetworkInterface> owner = ownerIn(source.vpcId(), p.destination());
    if (owner.isEmpty()) {
      String where = topology.subnetContaining(source.vpcId(), p.destination()).map(Subnet::id).orElse(source.vpcId());
      t.block("no-destination", where, NONE, "no interface of " + source.vpcId() + " holds " + p.destination());
      return;
    }
    arriveInVpc(t, owner.get(), p, "local", r -> r.kind() == RouteTarget.Kind.LOCAL, source, sourceSubnet, List.of());
  }

  private void viaPeering(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, String peeringId) {
    Optional<VpcPeeringConnection> peering = model.peeringConnection(peeringId);
    if (peering.isEmpty()) {
      t.stop(unknownHop("peering-connection", peeringId, "peering connection " + peeringId + " is not in the snapshot"),
          "peering connection " + peeringId + " is not in the snapshot");
      return;
    }
    VpcPeeringConnection pcx = peering.get();
    if (!pcx.isActive()) {
      t.block("route", peeringId, OUT, "peering connection " + peeringId + " is " + pcx.status() + ", not active");
      return;
    }
    Optional<VpcPeeringConnection.Side> peer = pcx.peerOf(source.vpcId());
    if (peer.isEmpty()) {
      t.block("route", peeringId, OUT, peeringId + " does not connect " + source.vpcId());
      return;
    }
    Optional<Vpc> peerVpc = model.vpc(peer.get().vpcId());
    boolean inPeer = peerVpc.map(v -> NetworkTopology.vpcContains(v, p.destination()))
        .orElse(peer.get().cidrBlocks().stream().anyMatch(c -> c.contains(p.destination())));
    if (!inPeer) {
      t.block("route", peeringId, OUT, p.destination() + " is not in peer " + peer.get().vpcId()
          + ": VPC peering does not carry traffic on to other networks");
      return;
    }
    t.add(Hop.passed("peering-connection", peeringId, OUT, "to " + peer.get().vpcId()));
    if (peerVpc.isEmpty()) {
      leaveSnapshot(t, source, sourceSubnet, p, "peering-connection", peeringId,
          peer.get().vpcId() + " is not in the snapshot");
      return;
    }
    Optional<NetworkInterface> owner = ownerIn(peerVpc.get().id(), p.destination());
    if (owner.isEmpty()) {
      t.block("no-destination", peerVpc.get().id(), NONE, "no interface of " + peerVpc.get().id() + " holds "
          + p.destination());
      return;
    }
    Hop back = Hop.passed("peering-connection", peeringId, IN, "back to " + source.vpcId());
    arriveInVpc(t, owner.get(), p, peeringId, r -> r.id().equals(peeringId), source, sourceSubnet, List.of(back));
  }

  private void viaInternetGateway(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, String gatewayId) {
    if (!topology.isAttached(gatewayId, source.vpcId())) {
      t.block("route", gatewayId, OUT, gatewayId + " is not attached to " + source.vpcId());
      return;
    }
    Packet outside = p;
    if (p.family() == IpFamily.IPV4) {
      Optional<IpAddress> publicIp = NetworkTopology.publicAddressOf(source, p.source());
      if (publicIp.isEmpty()) {
        t.block("no-public-ip", source.id(), OUT, source.id() + " has no public IPv4 address for " + p.source()
            + ": the internet gateway drops its traffic");
        return;
      }
      outside = withSource(p, publicIp.get());
      t.add(Hop.passed("internet-gateway", gatewayId, OUT, "source " + p.source() + " translated to " + publicIp.get()));
    } else {
      t.add(Hop.passed("internet-gateway", gatewayId, OUT, "IPv6, no translation"));
    }
    Hop backIn = Hop.passed("internet-gateway", gatewayId, IN, p.family() == IpFamily.IPV4
        ? "destination translated back to " + p.source() : "IPv6, no translation");
    toInternet(t, source, sourceSubnet, p, outside, gatewayId, backIn);
  }

  private void viaEgressOnlyGateway(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, String gatewayId) {
    if (p.family() != IpFamily.IPV6 || !topology.isAttached(gatewayId, source.vpcId())) {
      t.block("route", gatewayId, OUT, gatewayId + " is an egress-only internet gateway not usable here");
      return;
    }
    t.add(Hop.passed("egress-only-internet-gateway", gatewayId, OUT, "outbound IPv6"));
    Hop backIn = Hop.passed("egress-only-internet-gateway", gatewayId, IN, "reply of an outbound connection");
    toInternet(t, source, sourceSubnet, p, p, gatewayId, backIn);
  }

  /** After an internet gateway: an internet host, or (hairpin) an interface of the snapshot by its public address. */
  private void toInternet(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, Packet outside,
      String gatewayId, Hop backIn) {
    if (!acrossInternet(t, gatewayId, p.destination(), outside, true)) {
      return;
    }
    t.add(backIn);
    replyArrives(t, source, sourceSubnet, p);
  }

  /**
   * From internet gateway {@code gatewayId} across the internet to {@code to}: a host outside the
   * snapshot, or (hairpin) an interface of the snapshot that holds that public address, reached by
   * the packet as it left ({@code outside}). Returns false when the trace stopped; otherwise the trace
   * is on its return path, back at the gateway's side of the internet. {@code replyHops} adds the
   * hops of the reply's crossing (the NAT gateway's trace describes its own translation instead).
   */
  private boolean acrossInternet(Trace t, String gatewayId, IpAddress to, Packet outside, boolean replyHops) {
    if (!InternetAddresses.contains(to)) {
      t.block("route", gatewayId, OUT, to + " is not an internet address: nothing on the internet delivers it");
      return false;
    }
    Optional<NetworkInterface> held = heldFromInternet(to);
    if (held.isPresent()) {
      t.add(Hop.passed("internet", to.toString(), NONE, "across the internet to " + held.get().id()));
      fromInternetTo(t, held.get(), outside);
      if (!t.goesOn()) {
        return false;
      }
      if (replyHops) {
        t.add(Hop.passed("internet", outside.source().toString(), NONE, "across the internet back"));
      }
    } else {
      t.add(Hop.passed("internet", to.toString(), NONE, "leaves the snapshot for the internet"));
      t.startReturn();
      if (replyHops) {
        t.add(Hop.passed("internet", to.toString(), NONE, "reply from " + to));
      }
    }
    return true;
  }

  private void viaNatGateway(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, String natId) {
    Optional<NatGateway> found = model.natGateway(natId);
    if (found.isEmpty()) {
      t.stop(unknownHop("nat-gateway", natId, "NAT gateway " + natId + " is not in the snapshot"),
          "NAT gateway " + natId + " is not in the snapshot");
      return;
    }
    NatGateway nat = found.get();
    Optional<Subnet> natSubnet = model.subnet(nat.subnetId());
    Optional<IpAddress> natPrivate = nat.addresses().stream().flatMap(a -> a.privateIp().stream()).findFirst();
    Optional<IpAddress> natPublic = nat.addresses().stream().flatMap(a -> a.publicIp().stream()).findFirst();
    String refusal = natRefusal(nat, p, natSubnet.isPresent(), natPrivate.isPresent(), natPublic.isPresent());
    if (!refusal.isEmpty()) {
      t.block("nat-gateway", natId, OUT, refusal);
      return;
    }
    Subnet ns = natSubnet.get();
    if (!networkAcl(t, ns, p, Direction.INGRESS)) {
      return;
    }
    int port = natPort(ns, p, natPrivate.get());
    Packet translated = withSourcePort(withSource(p, natPrivate.get()), port);
    t.add(Hop.passed("nat-gateway", natId, OUT, "source " + p.source() + " translated to " + natPrivate.get()
        + (p.protocolClass() == ProtocolClass.PORTS ? ":" + port : "")));
    Optional<RouteLookup.Matched> onward = route(t, ns, p.destination(), r -> r.kind() == RouteTarget.Kind.INTERNET_GATEWAY,
        "the NAT gateway's subnet routes " + p.destination() + " elsewhere than to an internet gateway");
    if (onward.isEmpty() || !networkAcl(t, ns, translated, Direction.EGRESS)) {
      return;
    }
    String gatewayId = onward.get().route().target().id();
    if (!topology.isAttached(gatewayId, nat.vpcId())) {
      t.block("route", gatewayId, OUT, gatewayId + " is not attached to " + nat.vpcId());
      return;
    }
    Packet outside = withSource(translated, natPublic.get());
    t.add(Hop.passed("internet-gateway", gatewayId, OUT, "source translated to " + natPublic.get()));
    if (!acrossInternet(t, gatewayId, p.destination(), outside, false)) {
      return;
    }
    t.add(Hop.passed("internet-gateway", gatewayId, IN, "destination translated to " + natPrivate.get()));
    Optional<Packet> replyToNat = Replies.replyTo(translated);
    if (replyToNat.isEmpty() || !networkAcl(t, ns, replyToNat.get(), Direction.INGRESS)) {
      return;
    }
    t.add(Hop.passed("nat-gateway", natId, IN, "destination translated back to " + p.source()));
    Optional<Packet> reply = Replies.replyTo(p);
    if (!networkAcl(t, ns, reply.get(), Direction.EGRESS)) {
      return;
    }
    if (route(t, ns, p.source(), r -> r.kind() == RouteTarget.Kind.LOCAL,
        "the NAT gateway's subnet does not route the reply back locally").isEmpty()) {
      return;
    }
    replyArrives(t, source, sourceSubnet, p);
  }

  /** Why a NAT gateway drops this packet, or empty when it forwards it. */
  private static String natRefusal(NatGateway nat, Packet p, boolean subnetKnown, boolean hasPrivate, boolean hasPublic) {
    if (!nat.isAvailable()) {
      return nat.id() + " is " + nat.state() + ", not available";
    }
    if (p.family() != IpFamily.IPV4) {
      return "a NAT gateway translates IPv4 only";
    }
    if (p.protocol() != Protocols.TCP && p.protocol() != Protocols.UDP && p.protocol() != Protocols.ICMP) {
      return "a NAT gateway forwards TCP, UDP and ICMP only, not protocol " + p.protocol();
    }
    if (!nat.isPublic()) {
      return nat.id() + " is a private NAT gateway: it cannot reach the internet";
    }
    if (!subnetKnown || !hasPrivate) {
      return "the snapshot lacks the subnet or address of " + nat.id();
    }
    return hasPublic ? "" : nat.id() + " has no Elastic IP";
  }

  /**
   * The NAT gateway picks a source port in 1024-65535; the flow gets through when some such port is
   * allowed out of its subnet and the reply to it allowed in. The lowest such port is traced; when
   * there is none, the lowest port allowed out (so that the trace shows the reply's drop), else 1024.
   */
  private int natPort(Subnet natSubnet, Packet p, IpAddress natPrivate) {
    if (p.protocolClass() != ProtocolClass.PORTS) {
      return p.sourcePort();
    }
    Optional<NetworkAclEvaluator> acl = topology.networkAcl(natSubnet);
    if (acl.isEmpty()) {
      return 1024;
    }
    PacketSet translated = PacketSet.of(new PacketBox(p.family(), IntRange.single(p.protocol()),
        AddressRange.single(natPrivate), AddressRange.single(p.destination()), IntRange.of(1024, 65535),
        IntRange.single(p.destinationPort())));
    PacketSet out = translated.intersection(acl.get().allowed(Direction.EGRESS));
    PacketSet both = out.intersection(Replies.whoseReplyIsIn(acl.get().allowed(Direction.INGRESS)));
    PacketSet pick = !both.isEmpty() ? both : out;
    return pick.isEmpty() ? 1024 : pick.boxes().get(0).sourcePorts().from();
  }

  private void viaUnmodelled(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, RouteTarget target) {
    boolean appliance = target.kind() == RouteTarget.Kind.NETWORK_INTERFACE || target.kind() == RouteTarget.Kind.INSTANCE;
    boolean inSnapshot = !topology.interfacesWithAddress(p.destination()).isEmpty()
        || topology.interfaceWithPublicIp(p.destination()).isPresent();
    if (appliance || inSnapshot) {
      String why = "the path to " + p.destination() + " leads through " + target.id() + " ("
          + target.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "), which Mamori does not follow";
      t.stop(unknownHop("gateway", target.id(), why), why);
      return;
    }
    leaveSnapshot(t, source, sourceSubnet, p, "gateway", target.id(), "leaves the snapshot through " + target.id());
  }

  /** The packet goes on to a network outside the snapshot, which is assumed to answer by the same way. */
  private void leaveSnapshot(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p, String kind, String id,
      String why) {
    t.add(Hop.passed(kind, id, OUT, why));
    t.add(Hop.passed("external", p.destination().toString(), NONE, "outside the snapshot"));
    t.startReturn();
    t.add(Hop.passed("external", p.destination().toString(), NONE, "reply from " + p.destination()));
    t.add(Hop.passed(kind, id, IN, "reply comes back through " + id));
    replyArrives(t, source, sourceSubnet, p);
  }

  // ================================================================ arriving

  /**
   * Arrival at an interface of a VPC (local or peered): its subnet's ACL in, its groups; the reply
   * out through its ACL, routed back the same way ({@code backVia}), into the source subnet.
   */
  private void arriveInVpc(Trace t, NetworkInterface destination, Packet p, String backViaName,
      Predicate<RouteTarget> backVia, NetworkInterface source, Subnet sourceSubnet, List<Hop> backHops) {
    Optional<Subnet> subnet = topology.subnetOf(destination);
    if (subnet.isEmpty()) {
      t.stop(unknownHop("interface", destination.id(), "subnet of " + destination.id() + " is not in the snapshot"),
          "subnet " + destination.subnetId() + " is not in the snapshot");
      return;
    }
    Optional<Packet> reply = deliverAndReply(t, destination, subnet.get(), p);
    if (reply.isEmpty()) {
      return;
    }
    if (route(t, subnet.get(), reply.get().destination(), backVia,
        "the reply is not routed back through " + backViaName + ": asymmetric, dropped").isEmpty()) {
      return;
    }
    backHops.forEach(t::add);
    replyArrives(t, source, sourceSubnet, p);
  }

  /** The reply's last leg into the source subnet: its ACL in; the groups pass it (stateful). */
  private void replyArrives(Trace t, NetworkInterface source, Subnet sourceSubnet, Packet p) {
    Optional<Packet> reply = Replies.replyTo(p);
    if (reply.isEmpty() || !t.goesOn()) {
      return;
    }
    if (!networkAcl(t, sourceSubnet, reply.get(), Direction.INGRESS)) {
      return;
    }
    statefulReply(t, source);
    t.add(Hop.passed("interface", source.id(), IN, "reply delivered to " + source.id()));
  }

  /** From an internet address to an interface, through its VPC's internet gateway. */
  private void fromInternetTo(Trace t, NetworkInterface destination, Packet p) {
    IpAddress to = p.destination();
    if (NetworkTopology.isNatGatewayInterface(destination)) {
      t.block("nat-gateway", destination.id(), IN, "a NAT gateway drops connections it did not open");
      return;
    }
    boolean v4 = p.family() == IpFamily.IPV4;
    boolean reachable = v4 ? destination.publicIps().contains(to) : destination.ipv6Addresses().contains(to);
    if (!reachable) {
      if (v4 && destination.publicIps().isEmpty()) {
        t.block("no-public-ip", destination.id(), IN, destination.id() + " has no public IPv4 address: the internet cannot reach it");
      } else {
        t.block("route", destination.id(), IN, to + " is not a public address of " + destination.id()
            + ": the internet reaches it only through " + destination.publicIps());
      }
      return;
    }
    Optional<InternetGateway> gateway = topology.internetGatewayOf(destination.vpcId());
    if (gateway.isEmpty()) {
      t.block("route", destination.vpcId(), IN, destination.vpcId() + " has no internet gateway attached");
      return;
    }
    Optional<Subnet> subnet = topology.subnetOf(destination);
    if (subnet.isEmpty()) {
      t.stop(unknownHop("interface", destination.id(), "subnet of " + destination.id() + " is not in the snapshot"),
          "subnet " + destination.subnetId() + " is not in the snapshot");
      return;
    }
    Packet inside = p;
    if (v4) {
      IpAddress privateIp = NetworkTopology.privateAddressBehind(destination, to).orElseThrow();
      inside = withDestination(p, privateIp);
      t.add(Hop.passed("internet-gateway", gateway.get().id(), IN, "destination " + to + " translated to " + privateIp));
    } else {
      t.add(Hop.passed("internet-gateway", gateway.get().id(), IN, "IPv6, no translation"));
    }
    if (deliverAndReply(t, destination, subnet.get(), inside).isEmpty()) {
      return;
    }
    String gatewayId = gateway.get().id();
    Optional<RouteLookup.Matched> back = route(t, subnet.get(), p.source(),
        r -> r.kind() == RouteTarget.Kind.INTERNET_GATEWAY && topology.isAttached(r.id(), destination.vpcId()),
        "the reply to " + p.source() + " is not routed to an internet gateway: asymmetric, dropped");
    if (back.isPresent()) {
      t.add(Hop.passed("internet-gateway", back.get().route().target().id(), OUT,
          v4 ? "source translated back to " + to : "IPv6, no translation"));
    }
  }

  /** From a host of another network (not the internet): it comes in the way the reply would go out. */
  private void fromOtherNetworkTo(Trace t, NetworkInterface destination, Packet p) {
    Optional<Subnet> subnet = topology.subnetOf(destination);
    Optional<RouteTableEvaluator> table = subnet.flatMap(topology::routeTable);
    if (subnet.isEmpty() || table.isEmpty()) {
      t.stop(unknownHop("interface", destination.id(), "subnet or route table of " + destination.id()
          + " is not in the snapshot"), "subnet or route table of " + destination.id() + " is not in the snapshot");
      return;
    }
    RouteLookup way = table.get().lookup(p.source());
    if (way instanceof RouteLookup.Matched m) {
      RouteTarget entry = m.route().target();
      String refusal = switch (entry.kind()) {
        case LOCAL -> p.source() + " is inside " + destination.vpcId() + " but no interface holds it";
        case INTERNET_GATEWAY, EGRESS_ONLY_INTERNET_GATEWAY ->
            p.source() + " is not an internet address: it cannot arrive through " + entry.id();
        case NAT_GATEWAY -> "a NAT gateway does not accept connections from outside";
        default -> "";
      };
      if (!refusal.isEmpty()) {
        t.block("route", entry.id(), IN, refusal);
        return;
      }
      t.add(Hop.passed("gateway", entry.id(), IN, "arrives through " + entry.id()));
    }
    if (deliverAndReply(t, destination, subnet.get(), p).isEmpty()) {
      return;
    }
    if (route(t, subnet.get(), p.source(), r -> true, null).isPresent()) {
      t.add(Hop.passed("external", p.source().toString(), NONE, "reply leaves the snapshot"));
    }
  }

  // ================================================================ filters

  /**
   * The last legs at the destination: its subnet's ACL in and its groups, then the reply (stateful
   * through the groups) out through the ACL. Returns the reply when the trace goes on; empty when it
   * stopped, or when the flow has no reply (it ends delivered).
   */
  private Optional<Packet> deliverAndReply(Trace t, NetworkInterface destination, Subnet subnet, Packet p) {
    if (!networkAcl(t, subnet, p, Direction.INGRESS) || !deliver(t, destination, p, "")) {
      return Optional.empty();
    }
    Optional<Packet> reply = Replies.replyTo(p);
    if (reply.isEmpty()) {
      return Optional.empty();
    }
    t.startReturn();
    statefulReply(t, destination);
    return networkAcl(t, subnet, reply.get(), Direction.EGRESS) ? reply : Optional.empty();
  }

  private boolean deliver(Trace t, NetworkInterface destination, Packet p, String note) {
    if (NetworkTopology.isNatGatewayInterface(destination)) {
      return t.block("nat-gateway", destination.id(), IN, "a NAT gateway drops connections it did not open");
    }
    if (!securityGroups(t, destination, p, Direction.INGRESS)) {
      return false;
    }
    String detail = "delivered to " + destination.id() + (note.isEmpty() ? "" : " (" + note + ")");
    return t.add(Hop.passed("interface", destination.id(), IN, detail));
  }

  private boolean securityGroups(Trace t, NetworkInterface eni, Packet p, Direction direction) {
    SecurityGroupDecision d = topology.securityGroups(eni).decide(p, direction);
    String ids = String.join(",", d.groupIds());
    String way = direction == Direction.INGRESS ? "inbound" : "outbound";
    if (d.outcome() == Outcome.ALLOWED) {
      HopRule rule = new HopRule.SecurityGroupRule(d.rule().orElseThrow());
      return t.add(new Hop("security-group", ids, Optional.of(direction), Outcome.ALLOWED, Optional.of(rule),
          "allowed by " + d.rule().get().summary()));
    }
    if (d.outcome() == Outcome.UNKNOWN) {
      return t.addUnknown(new Hop("security-group", ids, Optional.of(direction), Outcome.UNKNOWN, Optional.empty(),
          "no known rule allows it; " + String.join("; ", d.unknowns())), d.unknowns());
    }
    return t.add(new Hop("security-group", ids, Optional.of(direction), Outcome.DENIED, Optional.empty(),
        "no " + way + " rule of " + (ids.isEmpty() ? "any group" : ids) + " on " + eni.id() + " allows " + p));
  }

  private void statefulReply(Trace t, NetworkInterface eni) {
    String ids = String.join(",", topology.securityGroups(eni).groupIds());
    t.add(Hop.passed("security-group", ids, OUT, "reply of an allowed connection: security groups are stateful"));
  }

  private boolean networkAcl(Trace t, Subnet subnet, Packet p, Direction direction) {
    Optional<NetworkAclEvaluator> acl = topology.networkAcl(subnet);
    if (acl.isEmpty()) {
      String why = "the snapshot has no network ACL for " + subnet.id();
      return t.addUnknown(new Hop("network-acl", subnet.id(), Optional.of(direction), Outcome.UNKNOWN,
          Optional.empty(), why), List.of(why));
    }
    NaclDecision d = acl.get().decide(p, direction);
    String way = direction == Direction.INGRESS ? " into " : " out of ";
    String detail = (d.allowed() ? "allowed" : "denied") + way + subnet.id() + " by " + d.summary();
    return t.add(new Hop("network-acl", d.acl().id(), Optional.of(direction), d.outcome(),
        Optional.of(new HopRule.NetworkAclRule(d)), detail));
  }

  /**
   * Looks the destination up in the subnet's route table and records the hop; {@code expected} says
   * which targets carry the packet on (an unexpected one drops it, with {@code whyUnexpected}).
   */
  private Optional<RouteLookup.Matched> route(Trace t, Subnet subnet, IpAddress destination,
      Predicate<RouteTarget> expected, String whyUnexpected) {
    Optional<RouteTableEvaluator> table = topology.routeTable(subnet);
    if (table.isEmpty()) {
      String why = "the snapshot has no route table for " + subnet.id();
      t.stop(unknownHop("route", subnet.id(), why), why);
      return Optional.empty();
    }
    String id = table.get().table().id();
    RouteLookup lookup = table.get().lookup(destination);
    if (lookup instanceof RouteLookup.Unknown u) {
      t.stop(unknownHop("route", id, u.reason()), u.reason());
      return Optional.empty();
    }
    if (lookup instanceof RouteLookup.NoRoute) {
      t.block("route", id, NONE, "no route in " + id + " covers " + destination);
      return Optional.empty();
    }
    RouteLookup.Matched m = (RouteLookup.Matched) lookup;
    Optional<HopRule> rule = Optional.of(new HopRule.RouteRule(m.route(), m.prefix()));
    String text = m.prefix() + " -> " + m.route().target().id();
    if (m.route().blackhole()) {
      t.add(new Hop("route", id, NONE, Outcome.DENIED, rule, text + " is a blackhole route (its target is gone)"));
      return Optional.empty();
    }
    if (!expected.test(m.route().target())) {
      t.add(new Hop("route", id, NONE, Outcome.DENIED, rule, text + ": " + whyUnexpected));
      return Optional.empty();
    }
    t.add(new Hop("route", id, NONE, Outcome.ALLOWED, rule, "routed by " + id + ": " + text));
    return Optional.of(m);
  }

  // ================================================================ helpers

  private static Hop unknownHop(String kind, String id, String why) {
    return new Hop(kind, id, NONE, Outcome.UNKNOWN, Optional.empty(), why);
  }

  private Optional<NetworkInterface> ownerIn(String vpcId, IpAddress address) {
    return topology.interfacesWithAddress(address).stream().filter(e -> e.vpcId().equals(vpcId)).findFirst();
  }

  /** The interface an internet address leads to: a public IPv4 address, or a (global) IPv6 address. */
  private Optional<NetworkInterface> heldFromInternet(IpAddress address) {
    if (!address.ipv6()) {
      return topology.interfaceWithPublicIp(address);
    }
    return topology.interfacesWithAddress(address).stream().findFirst();
  }

  private static boolean subnetHolds(Subnet subnet, IpAddress address) {
    return subnet.cidrBlock().filter(c -> c.contains(address)).isPresent()
        || subnet.ipv6CidrBlocks().stream().anyMatch(c -> c.contains(address));
  }

  static Packet withSource(Packet p, IpAddress source) {
    return new Packet(p.protocol(), source, p.destination(), p.sourcePort(), p.destinationPort(), p.icmpType(), p.icmpCode());
  }

  static Packet withDestination(Packet p, IpAddress destination) {
    return new Packet(p.protocol(), p.source(), destination, p.sourcePort(), p.destinationPort(), p.icmpType(),
        p.icmpCode());
  }

  static Packet withSourcePort(Packet p, int port) {
    if (p.protocolClass() != ProtocolClass.PORTS) {
      return p;
    }
    return new Packet(p.protocol(), p.source(), p.destination(), port, p.destinationPort(), 0, 0);
  }
}
