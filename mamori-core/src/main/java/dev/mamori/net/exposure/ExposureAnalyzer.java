package dev.mamori.net.exposure;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.Route;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.Subnet;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IntRange;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IpFamily;
import dev.mamori.net.PacketSet;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Replies;
import dev.mamori.net.ServiceSlice;
import dev.mamori.net.filter.Bounded;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.route.RouteTableEvaluator;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code exposure}: for every interface, exactly which (protocol, ports, sources) from a source range
 * (default: the internet) can open a connection to it. A connection counts when, for some client
 * source port in 1024–65535 (TCP/UDP), all of these hold:
 * <ul>
 *   <li>the interface has a public address for it (a public IPv4 or Elastic IP, or an IPv6 address)
 *       and its VPC an attached internet gateway;</li>
 *   <li>its subnet's network ACL lets the packet in, and one of its security groups allows it;</li>
 *   <li>the ACL lets the reply out (stateless), and the subnet's route table sends the reply for
 *       that source to the internet gateway (longest prefix match; anything else drops it).</li>
 * </ul>
 * Sources arrive through internet gateways only, so only internet addresses count (see
 * {@link InternetAddresses}). NAT gateway interfaces are skipped: they drop what they did not open.
 * The computation is symbolic (packet sets, no sampling) and shared between interfaces that have the
 * same groups in force and the same subnet.
 */
public final class ExposureAnalyzer {

  private static final PacketSet CLIENT_PORTS = PacketSet.universe()
      .minus(PacketSet.sourcePorts(IntRange.of(0, 1023)));

  private final NetworkTopology topology;
  private final Map<String, PacketSet> replyAllowedByAcl = new ConcurrentHashMap<>();
  private final Map<String, Bounded<AddressSet>> internetRoutedByTable = new ConcurrentHashMap<>();

  public ExposureAnalyzer(NetworkTopology topology) {
    this.topology = topology;
  }

  /** Exposure to the whole internet. */
  public ExposureReport analyze() {
    return analyze(InternetAddresses.all());
  }

  /** Exposure to the internet addresses of {@code range}; the rest of the range is reported unused. */
  public ExposureReport analyze(AddressSet range) {
    AddressSet sources = range.intersection(InternetAddresses.all());
    List<String> warnings = new ArrayList<>();
    if (!range.minus(sources).isEmpty()) {
      warnings.add("left out " + range.minus(sources) + ": not internet addresses, so they cannot arrive through"
          + " an internet gateway");
    }
    PacketSet fromSources = PacketSet.sources(sources).intersection(CLIENT_PORTS);
    Map<ClassKey, Bounded<List<Prepared>>> byClass = new ConcurrentHashMap<>();
    Map<String, PacketSet> throughAcl = new ConcurrentHashMap<>();
    // Interfaces are independent once their class is computed: they are evaluated on every core
    // (a 100k-interface account has thousands of classes) and gathered in the model's order.
    List<InterfaceExposure> each = List.copyOf(topology.model().networkInterfaces()).parallelStream()
        .map(eni -> exposureOf(eni, fromSources, byClass, throughAcl)).toList();
    List<Exposure> exposures = new ArrayList<>();
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    for (InterfaceExposure e : each) {
      exposures.addAll(e.exposures());
      e.notEvaluated().ifPresent(notEvaluated::add);
    }
    return new ExposureReport(sources, exposures, notEvaluated, warnings);
  }

  /** What one interface exposes, and what could not be evaluated about it. */
  private record InterfaceExposure(List<Exposure> exposures, Optional<NotEvaluated> notEvaluated) {
    static final InterfaceExposure NONE = new InterfaceExposure(List.of(), Optional.empty());
  }

  private InterfaceExposure exposureOf(NetworkInterface eni, PacketSet fromSources,
      Map<ClassKey, Bounded<List<Prepared>>> byClass, Map<String, PacketSet> throughAcl) {
    List<IpAddress> targets = publicAddresses(eni);
    if (targets.isEmpty() || NetworkTopology.isNatGatewayInterface(eni)
        || topology.internetGatewayOf(eni.vpcId()).isEmpty()) {
      return InterfaceExposure.NONE;
    }
    Optional<Subnet> subnet = topology.subnetOf(eni);
    if (subnet.isEmpty()) {
      return new InterfaceExposure(List.of(),
          Optional.of(new NotEvaluated(eni.id(), List.of("subnet " + eni.subnetId() + " is not in the snapshot"))));
    }
    ClassKey key = new ClassKey(topology.securityGroups(eni).groupIds(), subnet.get().id(), eni.vpcId());
    Bounded<List<Prepared>> slices = byClass.computeIfAbsent(key,
        k -> slicesFor(eni, subnet.get(), fromSources, throughAcl));
    List<Exposure> exposures = new ArrayList<>();
    addExposures(exposures, eni, targets, slices.certain());
    return new InterfaceExposure(exposures,
        slices.isExact() ? Optional.empty() : Optional.of(new NotEvaluated(eni.id(), slices.unknowns())));
  }

  /** Interfaces with the same groups in force, in the same subnet, are exposed alike. */
  private record ClassKey(List<String> groupIds, String subnetId, String vpcId) {}

  /** A slice with its sources already as a minimal CIDR list (shared by every interface of a class). */
  private record Prepared(ServiceSlice slice, List<Cidr> sources) {}

  /** What the groups, ACL and routes of one class of interfaces let in, forgetting the client port. */
  private Bounded<List<Prepared>> slicesFor(NetworkInterface eni, Subnet subnet, PacketSet fromSources,
      Map<String, PacketSet> throughAclCache) {
    Optional<NetworkAclEvaluator> acl = topology.networkAcl(subnet);
    Optional<RouteTableEvaluator> table = topology.routeTable(subnet);
    if (acl.isEmpty() || table.isEmpty()) {
      String why = "the snapshot has no " + (acl.isEmpty() ? "network ACL" : "route table") + " for " + subnet.id();
      return new Bounded<>(List.of(), List.of(), List.of(why));
    }
    PacketSet throughAcl = throughAclCache.computeIfAbsent(acl.get().acl().id(),
        id -> acl.get().allowed(Direction.INGRESS).intersection(replyAllowed(acl.get())).intersection(fromSources));
    Bounded<AddressSet> routedBack = internetRouted(table.get(), eni.vpcId());
    Bounded<PacketSet> groups = topology.securityGroups(eni).allowed(Direction.INGRESS);
    PacketSet certain = groups.certain().intersection(throughAcl)
        .intersection(repliesRouted(routedBack.certain())).withAnySourcePort();
    PacketSet possible = groups.isExact() && routedBack.isExact() ? certain
        : groups.possible().intersection(throughAcl).intersection(repliesRouted(routedBack.possible()))
            .withAnySourcePort();
    List<String> unknowns = certain.equals(possible) ? List.of() : mergedUnknowns(groups, routedBack);
    List<Prepared> prepared = certain.slices().stream().map(x -> new Prepared(x, x.sources().toCidrs())).toList();
    return new Bounded<>(prepared, List.of(), unknowns);
  }

  /** Packets whose reply is routed back (their source is routed to the gateway), or that have no reply. */
  private static PacketSet repliesRouted(AddressSet routedBack) {
    return PacketSet.sources(routedBack).union(Replies.oneWay());
  }

  private static List<String> mergedUnknowns(Bounded<PacketSet> groups, Bounded<AddressSet> routes) {
    List<String> out = new ArrayList<>(groups.unknowns());
    routes.unknowns().stream().filter(r -> !out.contains(r)).forEach(out::add);
    return out;
  }

  private PacketSet replyAllowed(NetworkAclEvaluator acl) {
    return replyAllowedByAcl.computeIfAbsent(acl.acl().id(),
        id -> Replies.whoseReplyIsIn(acl.allowed(Direction.EGRESS)));
  }

  /** Source addresses whose reply the table sends to an internet gateway of the VPC. */
  private Bounded<AddressSet> internetRouted(RouteTableEvaluator table, String vpcId) {
    return internetRoutedByTable.computeIfAbsent(table.table().id(), id -> table.destinationsRoutedBy(
        (Route r) -> !r.blackhole() && r.target().kind() == RouteTarget.Kind.INTERNET_GATEWAY
            && topology.isAttached(r.target().id(), vpcId)));
  }

  private static void addExposures(List<Exposure> into, NetworkInterface eni, List<IpAddress> targets,
      List<Prepared> slices) {
    for (IpAddress target : targets) {
      IpFamily family = IpFamily.of(target);
      for (Prepared prepared : slices) {
        ServiceSlice slice = prepared.slice();
        if (slice.family() != family) {
          continue;
        }
        ProtocolClass kind = slice.protocolClass();
        into.add(new Exposure(eni.id(), eni.instanceId(), target, slice.protocols(), kind,
            kind == ProtocolClass.PORTS ? Optional.of(slice.destinationPorts()) : Optional.empty(),
            kind == ProtocolClass.ICMP ? Optional.of(slice.destinationPorts()) : Optional.empty(),
            kind == ProtocolClass.ICMP ? Optional.of(slice.sourcePorts()) : Optional.empty(),
            prepared.sources()));
      }
    }
  }

  /** Public IPv4 addresses (auto-assigned or Elastic) and IPv6 addresses: what the internet can address. */
  static List<IpAddress> publicAddresses(NetworkInterface eni) {
    List<IpAddress> out = new ArrayList<>(eni.publicIps());
    eni.ipv6Addresses().stream().filter(InternetAddresses::contains).forEach(out::add);
    return out;
  }
}
