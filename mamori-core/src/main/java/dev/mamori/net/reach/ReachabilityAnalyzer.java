package dev.mamori.net.reach;

import dev.mamori.model.Cidr;
import dev.mamori.model.Instance;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.Subnet;
import dev.mamori.net.AddressRange;
import dev.mamori.net.Addresses;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.PacketBox;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclEntryMatch;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.route.RouteTableEvaluator;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code reach}: can one flow get from one end to the other and back, and which component decides?
 * Concrete ends are walked directly ({@link FlowWalker}); an {@code internet} end is tried at every
 * internet address that can make a difference ({@link InternetWitnesses}): ALLOWED when one gets
 * through, else the trace that got furthest.
 */
public final class ReachabilityAnalyzer {

  private final NetworkTopology topology;
  private final FlowWalker walker;

  public ReachabilityAnalyzer(NetworkTopology topology) {
    this.topology = topology;
    this.walker = new FlowWalker(topology);
  }

  /**
   * Resolves what a user typed: {@code eni-…}, {@code i-…} (its primary interface), an IP address
   * (the interface holding it, else a host outside the snapshot) or {@code internet}.
   *
   * @throws IllegalArgumentException with a message for the user when it names nothing
   */
  public Endpoint resolve(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("internet")) {
      return new Endpoint.Internet();
    }
    if (t.startsWith("eni-")) {
      return topology.model().networkInterface(t).<Endpoint>map(e -> new Endpoint.OfInterface(e, Optional.empty()))
          .orElseThrow(() -> new IllegalArgumentException("no network interface " + t + " in the snapshot"));
    }
    if (t.startsWith("i-")) {
      Optional<NetworkInterface> primary = topology.model().instance(t)
          .flatMap(Instance::primaryNetworkInterfaceId).flatMap(topology.model()::networkInterface)
          .or(() -> topology.model().interfacesOf(t).stream().findFirst());
      return primary.<Endpoint>map(e -> new Endpoint.OfInterface(e, Optional.empty()))
          .orElseThrow(() -> new IllegalArgumentException("no instance " + t + " with a network interface in the snapshot"));
    }
    IpAddress address;
    try {
      address = IpAddress.parse(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected eni-…, i-…, an IP address or 'internet', found \"" + text + "\"");
    }
    Optional<NetworkInterface> holder = topology.interfacesWithAddress(address).stream().findFirst()
        .or(() -> topology.interfaceWithPublicIp(address));
    return holder.<Endpoint>map(e -> new Endpoint.OfInterface(e, Optional.of(address)))
        .orElse(new Endpoint.External(address));
  }

  /**
   * @throws IllegalArgumentException when neither end is an interface of the snapshot, or the ends
   *     mix IPv4 and IPv6
   */
  public ReachResult analyze(FlowQuery query) {
    Endpoint source = query.source();
    Endpoint destination = query.destination();
    if (!(source instanceof Endpoint.OfInterface) && !(destination instanceof Endpoint.OfInterface)) {
      throw new IllegalArgumentException("one end of the flow must be an interface, instance or address of the snapshot");
    }
    IpFamily family = familyOf(source, destination);
    if (source instanceof Endpoint.OfInterface from) {
      IpAddress sourceAddress = sourceAddress(from, family);
      if (destination instanceof Endpoint.Internet) {
        return towardsInternet(query, from.eni(), sourceAddress, family);
      }
      IpAddress to = destination instanceof Endpoint.OfInterface b
          ? destinationAddress(b, family, false) : ((Endpoint.External) destination).address();
      return walker.fromInterface(from.eni(), packet(query, sourceAddress, to));
    }
    Endpoint.OfInterface to = (Endpoint.OfInterface) destination;
    if (source instanceof Endpoint.Internet) {
      return fromInternet(query, to, family);
    }
    IpAddress from = ((Endpoint.External) source).address();
    boolean internet = dev.mamori.net.InternetAddresses.contains(from);
    return walker.fromOutside(to.eni(), packet(query, from, destinationAddress(to, family, internet)));
  }

  private ReachResult fromInternet(FlowQuery query, Endpoint.OfInterface to, IpFamily family) {
    IpAddress destination = destinationAddress(to, family, true);
    List<AddressRange> relevant = new ArrayList<>();
    addFilterRanges(relevant, to.eni(), Direction.INGRESS);
    Best best = new Best();
    for (IpAddress candidate : InternetWitnesses.candidates(family, relevant)) {
      Optional<IpAddress> free = notHeld(candidate);
      if (free.isPresent() && best.offer(walker.fromOutside(to.eni(), packet(query, free.get(), destination)))) {
        break;
      }
    }
    return best.result();
  }

  private ReachResult towardsInternet(FlowQuery query, NetworkInterface from, IpAddress source, IpFamily family) {
    List<AddressRange> relevant = new ArrayList<>();
    addFilterRanges(relevant, from, Direction.EGRESS);
    Best best = new Best();
    for (IpAddress candidate : InternetWitnesses.candidates(family, relevant)) {
      Optional<IpAddress> free = notHeld(candidate);
      if (free.isPresent() && best.offer(walker.fromInterface(from, packet(query, source, free.get())))) {
        break;
      }
    }
    return best.result();
  }

  /** The first address from {@code a} on that no interface of the snapshot holds (a few steps at most). */
  private Optional<IpAddress> notHeld(IpAddress a) {
    IpAddress current = a;
    for (int i = 0; i < 64; i++) {
      boolean held = !topology.interfacesWithAddress(current).isEmpty() || topology.interfaceWithPublicIp(current).isPresent();
      if (!held) {
        return Optional.of(current);
      }
      if (Addresses.isLast(current)) {
        return Optional.empty();
      }
      current = Addresses.next(current);
    }
    return Optional.empty();
  }

  /**
   * The address ranges that can change a decision on the interface's side: its groups' rules, its
   * subnet's ACL entries and routes, and those of the NAT gateways its routes name.
   */
  private void addFilterRanges(List<AddressRange> into, NetworkInterface eni, Direction direction) {
    for (PacketBox box : topology.securityGroups(eni).allowed(direction).possible().boxes()) {
      into.add(direction == Direction.INGRESS ? box.sources() : box.destinations());
    }
    for (PacketBox box : topology.securityGroups(eni).allowed(direction).certain().boxes()) {
      into.add(direction == Direction.INGRESS ? box.sources() : box.destinations());
    }
    topology.subnetOf(eni).ifPresent(subnet -> {
      addSubnetRanges(into, subnet);
      topology.routeTable(subnet).ifPresent(table -> {
        for (RouteTarget target : table.targets()) {
          if (target.kind() == RouteTarget.Kind.NAT_GATEWAY) {
            topology.model().natGateway(target.id()).flatMap(n -> topology.model().subnet(n.subnetId()))
                .ifPresent(natSubnet -> addSubnetRanges(into, natSubnet));
          }
        }
      });
    });
  }

  private void addSubnetRanges(List<AddressRange> into, Subnet subnet) {
    Optional<NetworkAclEvaluator> acl = topology.networkAcl(subnet);
    acl.ifPresent(a -> {
      for (Direction d : Direction.values()) {
        for (NaclEntryMatch entry : a.entries(d)) {
          into.add(Addresses.range(entry.entry().cidr()));
        }
      }
    });
    Optional<RouteTableEvaluator> table = topology.routeTable(subnet);
    table.ifPresent(t -> {
      for (Cidr prefix : t.prefixes()) {
        into.add(Addresses.range(prefix));
      }
    });
  }

  // ---------------------------------------------------------------- addresses and packets

  private static IpFamily familyOf(Endpoint source, Endpoint destination) {
    Optional<IpFamily> a = namedFamily(source);
    Optional<IpFamily> b = namedFamily(destination);
    if (a.isPresent() && b.isPresent() && a.get() != b.get()) {
      throw new IllegalArgumentException("the two ends mix IPv4 and IPv6");
    }
    if (a.or(() -> b).isPresent()) {
      return a.or(() -> b).get();
    }
    for (Endpoint e : List.of(source, destination)) {
      if (e instanceof Endpoint.OfInterface i && i.eni().privateIps().isEmpty() && !i.eni().ipv6Addresses().isEmpty()) {
        return IpFamily.IPV6;
      }
    }
    return IpFamily.IPV4;
  }

  private static Optional<IpFamily> namedFamily(Endpoint e) {
    if (e instanceof Endpoint.External x) {
      return Optional.of(IpFamily.of(x.address()));
    }
    if (e instanceof Endpoint.OfInterface i) {
      return i.address().map(IpFamily::of);
    }
    return Optional.empty();
  }

  private IpAddress sourceAddress(Endpoint.OfInterface from, IpFamily family) {
    if (from.address().isPresent()) {
      IpAddress named = from.address().get();
      return NetworkTopology.privateAddressBehind(from.eni(), named).orElse(named);
    }
    return firstPrivate(from.eni(), family);
  }

  private static IpAddress destinationAddress(Endpoint.OfInterface to, IpFamily family, boolean fromInternet) {
    if (to.address().isPresent()) {
      return to.address().get();
    }
    if (fromInternet && family == IpFamily.IPV4 && !to.eni().publicIps().isEmpty()) {
      return to.eni().publicIps().get(0);
    }
    return firstPrivate(to.eni(), family);
  }

  private static IpAddress firstPrivate(NetworkInterface eni, IpFamily family) {
    return NetworkTopology.privateAddressesOf(eni).stream().filter(a -> IpFamily.of(a) == family).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(eni.id() + " has no " + (family == IpFamily.IPV4 ? "IPv4" : "IPv6")
            + " address"));
  }

  private static Packet packet(FlowQuery q, IpAddress source, IpAddress destination) {
    IpFamily family = IpFamily.of(source);
    int protocol = q.protocol();
    if (protocol == Protocols.ICMP || protocol == Protocols.ICMPV6) {
      protocol = Protocols.icmpFor(family);
    }
    return switch (ProtocolClass.of(family, protocol)) {
      case PORTS -> new Packet(protocol, source, destination, q.sourcePort(), q.destinationPort(), 0, 0);
      case ICMP -> new Packet(protocol, source, destination, 0, 0,
          q.icmpType() < 0 ? (family == IpFamily.IPV4 ? 8 : 128) : q.icmpType(), Math.max(0, q.icmpCode()));
      case OTHER -> Packet.other(protocol, source, destination);
    };
  }

  /** Keeps the most telling of several traces: ALLOWED, else NOT_EVALUATED, else the furthest DENIED. */
  private static final class Best {
    private ReachResult best;

    /** True when the search can stop (a flow got through). */
    boolean offer(ReachResult r) {
      if (best == null || rank(r) > rank(best) || (rank(r) == rank(best) && r.progress() > best.progress())) {
        best = r;
      }
      return r.verdict() == Verdict.ALLOWED;
    }

    private static int rank(ReachResult r) {
      return switch (r.verdict()) {
        case ALLOWED -> 2;
        case NOT_EVALUATED -> 1;
        case DENIED -> 0;
      };
    }

    ReachResult result() {
      if (best == null) {
        throw new IllegalStateException("no internet address to try");
      }
      return best;
    }
  }
}
