package dev.mamori.generate;

import dev.mamori.generate.VpcPlan.NaclEntry;
import dev.mamori.generate.VpcPlan.NatGateway;
import dev.mamori.generate.VpcPlan.NetworkAcl;
import dev.mamori.generate.VpcPlan.Route;
import dev.mamori.generate.VpcPlan.RouteTable;
import dev.mamori.generate.VpcPlan.Subnet;
import dev.mamori.generate.VpcPlan.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Route tables and network ACLs of one VPC: a main table nobody uses, a public table to the
 * internet gateway, one private table per NAT gateway, a data table with no way out; the default
 * NACL on the private subnets, and custom NACLs — with deny rules and ephemeral-port return rules —
 * on the public and data subnets.
 */
final class RoutingPlanner {
  /** A peering as one VPC sees it: the connection, and the other side's VPC and CIDR. */
  record PeerLink(String peeringId, Topology.VpcSlot peer) {
    String peerCidr() {
      return peer.cidr();
    }
  }

  /** Linux's ephemeral range; some teams open only this for replies, which breaks NAT/ELB clients. */
  static final int LINUX_EPHEMERAL_FROM = 32768;
  static final int LINUX_EPHEMERAL_TO = 60999;
  /** A range that once scanned the web tier, denied ahead of the allow rules. */
  static final String BLOCKED_SCANNERS = "192.0.2.0/24";

  private final Topology topology;
  private final RegionContext region;
  private final Topology.VpcSlot slot;
  private final Optional<String> ipv6Cidr;
  private final List<PeerLink> peers;

  RoutingPlanner(Topology topology, RegionContext region, Topology.VpcSlot slot, Optional<String> ipv6Cidr,
      List<PeerLink> peers) {
    this.topology = topology;
    this.region = region;
    this.slot = slot;
    this.ipv6Cidr = ipv6Cidr;
    this.peers = peers;
  }

  List<RouteTable> routeTables(List<Subnet> subnets, List<NatGateway> nats, String igw, Optional<String> eigw,
      String endpointId) {
    List<RouteTable> tables = new ArrayList<>();
    tables.add(new RouteTable(id("rtb", 0), "main", true, local(), List.of()));
    List<Route> publicRoutes = local();
    publicRoutes.add(new Route("0.0.0.0/0", "DestinationCidrBlock", "GatewayId", igw, "CreateRoute"));
    ipv6Cidr.ifPresent(c -> publicRoutes.add(new Route("::/0", "DestinationIpv6CidrBlock", "GatewayId", igw, "CreateRoute")));
    publicRoutes.add(s3Endpoint(endpointId));
    tables.add(new RouteTable(id("rtb", 1), "public", false, publicRoutes, ids(subnets, Tier.PUBLIC, -1)));
    if (nats.isEmpty()) {
      tables.add(new RouteTable(id("rtb", 2), "private", false, privateRoutes(Optional.empty(), eigw, endpointId),
          ids(subnets, Tier.PRIVATE, -1)));
    }
    for (int n = 0; n < nats.size(); n++) {
      // One NAT per zone serves that zone's private subnet; a single NAT serves them all.
      int zone = nats.size() == 1 ? -1 : n;
      tables.add(new RouteTable(id("rtb", 2 + n), "private-" + (zone < 0 ? "all" : region.zones().get(zone)), false,
          privateRoutes(Optional.of(nats.get(n).id()), eigw, endpointId), ids(subnets, Tier.PRIVATE, zone)));
    }
    List<Route> dataRoutes = local();
    dataRoutes.add(s3Endpoint(endpointId));
    addPeeringRoutes(dataRoutes);
    tables.add(new RouteTable(id("rtb", 9), "data", false, dataRoutes, ids(subnets, Tier.DATA, -1)));
    return tables;
  }

  private List<Route> privateRoutes(Optional<String> nat, Optional<String> eigw, String endpointId) {
    List<Route> routes = local();
    nat.ifPresent(n -> routes.add(new Route("0.0.0.0/0", "DestinationCidrBlock", "NatGatewayId", n, "CreateRoute")));
    eigw.ifPresent(e -> routes.add(
        new Route("::/0", "DestinationIpv6CidrBlock", "EgressOnlyInternetGatewayId", e, "CreateRoute")));
    routes.add(s3Endpoint(endpointId));
    addPeeringRoutes(routes);
    return routes;
  }

  private void addPeeringRoutes(List<Route> routes) {
    for (PeerLink p : peers) {
      routes.add(new Route(p.peerCidr(), "DestinationCidrBlock", "VpcPeeringConnectionId", p.peeringId(), "CreateRoute"));
    }
  }

  private List<Route> local() {
    List<Route> routes = new ArrayList<>();
    routes.add(new Route(slot.cidr(), "DestinationCidrBlock", "GatewayId", "local", "CreateRouteTable"));
    ipv6Cidr.ifPresent(c -> routes.add(new Route(c, "DestinationIpv6CidrBlock", "GatewayId", "local", "CreateRouteTable")));
    return routes;
  }

  private Route s3Endpoint(String endpointId) {
    return new Route(region.s3PrefixListId(), "DestinationPrefixListId", "GatewayId", endpointId, "CreateRoute");
  }

  List<NetworkAcl> networkAcls(List<Subnet> subnets) {
    return List.of(
        new NetworkAcl(id("acl", 0), "default", true, defaultEntries(), ids(subnets, Tier.PRIVATE, -1)),
        new NetworkAcl(id("acl", 1), "public", false, publicEntries(), ids(subnets, Tier.PUBLIC, -1)),
        new NetworkAcl(id("acl", 2), "data", false, dataEntries(), ids(subnets, Tier.DATA, -1)));
  }

  private List<NaclEntry> defaultEntries() {
    List<NaclEntry> e = new ArrayList<>();
    for (boolean egress : new boolean[] {false, true}) {
      e.add(all(100, egress, true, "0.0.0.0/0"));
      ipv6Cidr.ifPresent(c -> e.add(all(101, egress, true, "::/0")));
      closing(e, egress);
    }
    return e;
  }

  private List<NaclEntry> publicEntries() {
    List<NaclEntry> e = new ArrayList<>();
    e.add(all(50, false, false, BLOCKED_SCANNERS));
    e.add(tcp(100, false, "0.0.0.0/0", 443, 443));
    e.add(tcp(110, false, "0.0.0.0/0", 80, 80));
    e.add(tcp(120, false, SecurityGroupPlanner.OFFICE_VPN, 22, 22));
    e.add(tcp(130, false, "0.0.0.0/0", 1024, 65535));
    e.add(new NaclEntry(140, false, "17", true, "0.0.0.0/0", 1024, 65535));
    e.add(new NaclEntry(150, false, "1", true, "0.0.0.0/0", -1, -1));
    if (ipv6Cidr.isPresent()) {
      e.add(tcp(101, false, "::/0", 443, 443));
      e.add(tcp(111, false, "::/0", 80, 80));
      e.add(tcp(131, false, "::/0", 1024, 65535));
    }
    closing(e, false);
    e.add(all(100, true, true, "0.0.0.0/0"));
    ipv6Cidr.ifPresent(c -> e.add(all(101, true, true, "::/0")));
    closing(e, true);
    return e;
  }

  private List<NaclEntry> dataEntries() {
    List<NaclEntry> e = new ArrayList<>();
    String vpc = slot.cidr();
    e.add(tcp(100, false, vpc, 5432, 5432));
    e.add(tcp(110, false, vpc, 6379, 6379));
    e.add(tcp(120, false, vpc, 3306, 3306));
    e.add(tcp(130, false, vpc, 9092, 9092));
    e.add(tcp(140, false, vpc, 22, 22));
    e.add(tcp(200, false, "0.0.0.0/0", 1024, 65535));
    for (int p = 0; p < peers.size(); p++) {
      e.add(tcp(150 + p, false, peers.get(p).peerCidr(), 9092, 9092));
    }
    closing(e, false);
    boolean linuxOnly = slot.index() % 5 == 2;
    e.add(tcp(100, true, vpc, linuxOnly ? LINUX_EPHEMERAL_FROM : 1024, linuxOnly ? LINUX_EPHEMERAL_TO : 65535));
    e.add(tcp(110, true, "0.0.0.0/0", 443, 443));
    for (int p = 0; p < peers.size(); p++) {
      e.add(tcp(150 + p, true, peers.get(p).peerCidr(), 1024, 65535));
    }
    closing(e, true);
    return e;
  }

  private void closing(List<NaclEntry> e, boolean egress) {
    e.add(all(32767, egress, false, "0.0.0.0/0"));
    ipv6Cidr.ifPresent(c -> e.add(all(32768, egress, false, "::/0")));
  }

  private static NaclEntry all(int number, boolean egress, boolean allow, String cidr) {
    return new NaclEntry(number, egress, "-1", allow, cidr, -1, -1);
  }

  private static NaclEntry tcp(int number, boolean egress, String cidr, int from, int to) {
    return new NaclEntry(number, egress, "6", true, cidr, from, to);
  }

  /** Subnets of a tier; {@code zone >= 0} keeps only that zone's. */
  private List<String> ids(List<Subnet> subnets, Tier tier, int zone) {
    return subnets.stream()
        .filter(s -> s.tier() == tier)
        .filter(s -> zone < 0 || s.availabilityZone().equals(region.zones().get(zone)))
        .map(Subnet::id)
        .toList();
  }

  private String id(String prefix, int k) {
    return topology.ids.ec2(prefix, ((long) slot.index() << 24) | k);
  }
}
