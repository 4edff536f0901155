package dev.mamori.testing;

import dev.mamori.model.Cidr;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.Instance;
import dev.mamori.model.InternetGateway;
import dev.mamori.model.IpAddress;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.ManagedPrefixList;
import dev.mamori.model.NatGateway;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.PortRange;
import dev.mamori.model.PrivateIp;
import dev.mamori.model.Route;
import dev.mamori.model.RouteTable;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.RuleAction;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.model.Subnet;
import dev.mamori.model.Vpc;
import dev.mamori.model.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds network models in code for tests and benchmarks, with AWS's defaults where a test does not
 * care: {@code NetworkFixture f = new NetworkFixture(); f.vpc("vpc-1", "10.0.0.0/16"); …; f.build()}.
 * Groups, ACLs and route tables stay editable until {@link #build()}.
 */
public final class NetworkFixture {
  public static final String ACCOUNT = "111122223333";
  public static final String REGION = "us-east-1";

  private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
  private final List<Subnet> subnets = new ArrayList<>();
  private final List<InternetGateway> gateways = new ArrayList<>();
  private final List<NatGateway> nats = new ArrayList<>();
  private final Map<String, GroupBuilder> groups = new LinkedHashMap<>();
  private final Map<String, AclBuilder> acls = new LinkedHashMap<>();
  private final Map<String, TableBuilder> tables = new LinkedHashMap<>();
  private final List<NetworkInterface> interfaces = new ArrayList<>();
  private final List<Instance> instances = new ArrayList<>();
  private final List<ManagedPrefixList> prefixLists = new ArrayList<>();
  private final List<VpcPeeringConnection> peerings = new ArrayList<>();

  public CloudModel build() {
    return builder().build();
  }

  /** The network as a model builder, for tests that add other resources (a database, a volume). */
  public CloudModel.Builder builder() {
    CloudModel.Builder b = CloudModel.builder().accountId(ACCOUNT).region(REGION);
    vpcs.values().forEach(b::add);
    subnets.forEach(b::add);
    gateways.forEach(b::add);
    nats.forEach(b::add);
    groups.values().forEach(g -> b.add(g.build()));
    acls.values().forEach(a -> b.add(a.build()));
    tables.values().forEach(t -> b.add(t.build()));
    interfaces.forEach(b::add);
    instances.forEach(b::add);
    prefixLists.forEach(b::add);
    peerings.forEach(b::add);
    return b;
  }

  // ---------------------------------------------------------------- VPC level

  /** A VPC with its CIDR blocks (IPv4 and/or IPv6, in any order). */
  public NetworkFixture vpc(String id, String... cidrs) {
    List<Cidr> v4 = new ArrayList<>();
    List<Cidr> v6 = new ArrayList<>();
    for (String c : cidrs) {
      Cidr cidr = Cidr.parse(c);
      (cidr.ipv6() ? v6 : v4).add(cidr);
    }
    vpcs.put(id, new Vpc(id, ACCOUNT, REGION, v4, v6, false, Map.of()));
    return this;
  }

  public NetworkFixture subnet(String id, String vpcId, String... cidrs) {
    Optional<Cidr> v4 = Arrays.stream(cidrs).map(Cidr::parse).filter(c -> !c.ipv6()).findFirst();
    List<Cidr> v6 = Arrays.stream(cidrs).map(Cidr::parse).filter(Cidr::ipv6).toList();
    subnets.add(new Subnet(id, vpcId, ACCOUNT, REGION, REGION + "a", v4, v6, false, Map.of()));
    return this;
  }

  public NetworkFixture internetGateway(String id, String... attachedVpcIds) {
    gateways.add(new InternetGateway(id, ACCOUNT, REGION, false, List.of(attachedVpcIds), Map.of()));
    return this;
  }

  public NetworkFixture egressOnlyGateway(String id, String vpcId) {
    gateways.add(new InternetGateway(id, ACCOUNT, REGION, true, List.of(vpcId), Map.of()));
    return this;
  }

  public NetworkFixture natGateway(String id, String vpcId, String subnetId, String privateIp, String publicIp) {
    NatGateway.Address address = new NatGateway.Address(Optional.of("eni-" + id), Optional.of(IpAddress.parse(privateIp)),
        Optional.ofNullable(publicIp).map(IpAddress::parse), Optional.of("eipalloc-" + id));
    nats.add(new NatGateway(id, ACCOUNT, REGION, vpcId, subnetId, "available", "public", List.of(address), Map.of()));
    return this;
  }

  public NetworkFixture peering(String id, String requesterVpc, String accepterVpc, String status) {
    peerings.add(new VpcPeeringConnection(id, REGION, side(requesterVpc), side(accepterVpc), status));
    return this;
  }

  private VpcPeeringConnection.Side side(String vpcId) {
    Vpc v = vpcs.get(vpcId);
    return new VpcPeeringConnection.Side(ACCOUNT, vpcId, REGION, v == null ? List.of() : v.cidrBlocks());
  }

  /** A prefix list; {@code entries} null means its entries were not collected. */
  public NetworkFixture prefixList(String id, String family, List<String> entries) {
    Collected<List<Cidr>> collected = entries == null ? Collected.notCollected()
        : Collected.present(entries.stream().map(Cidr::parse).toList());
    prefixLists.add(new ManagedPrefixList(id, id, ACCOUNT, REGION, family, Optional.of(ACCOUNT), collected));
    return this;
  }

  // ---------------------------------------------------------------- route tables

  public TableBuilder routeTable(String id, String vpcId, boolean main, String... subnetIds) {
    TableBuilder t = new TableBuilder(id, vpcId, main, List.of(subnetIds));
    tables.put(id, t);
    Vpc v = vpcs.get(vpcId);
    if (v != null) {
      v.cidrBlocks().forEach(c -> t.route(c.toString(), "local"));
      v.ipv6CidrBlocks().forEach(c -> t.route(c.toString(), "local"));
    }
    return t;
  }

  public TableBuilder table(String id) {
    return tables.get(id);
  }

  /** A route table under construction. Targets are named by ID; the kind follows from the prefix. */
  public static final class TableBuilder {
    private final String id;
    private final String vpcId;
    private final boolean main;
    private final List<String> subnetIds;
    private final List<Route> routes = new ArrayList<>();

    TableBuilder(String id, String vpcId, boolean main, List<String> subnetIds) {
      this.id = id;
      this.vpcId = vpcId;
      this.main = main;
      this.subnetIds = subnetIds;
    }

    /** {@code destination} is a CIDR block or a {@code pl-} ID; {@code target} e.g. {@code igw-1}. */
    public TableBuilder route(String destination, String target) {
      return add(destination, target, false);
    }

    public TableBuilder blackhole(String destination, String target) {
      return add(destination, target, true);
    }

    private TableBuilder add(String destination, String target, boolean blackhole) {
      boolean list = destination.startsWith("pl-");
      routes.add(new Route(list ? Optional.empty() : Optional.of(Cidr.parse(destination)),
          list ? Optional.of(destination) : Optional.empty(), targetOf(target), blackhole,
          target.equals("local") ? "CreateRouteTable" : "CreateRoute"));
      return this;
    }

    RouteTable build() {
      return new RouteTable(id, vpcId, ACCOUNT, REGION, routes, subnetIds, main, Map.of());
    }
  }

  static RouteTarget targetOf(String id) {
    if (id.equals("local")) {
      return RouteTarget.LOCAL;
    }
    RouteTarget.Kind kind = id.startsWith("igw-") ? RouteTarget.Kind.INTERNET_GATEWAY
        : id.startsWith("eigw-") ? RouteTarget.Kind.EGRESS_ONLY_INTERNET_GATEWAY
        : id.startsWith("nat-") ? RouteTarget.Kind.NAT_GATEWAY
        : id.startsWith("pcx-") ? RouteTarget.Kind.VPC_PEERING_CONNECTION
        : id.startsWith("tgw-") ? RouteTarget.Kind.TRANSIT_GATEWAY
        : id.startsWith("vgw-") ? RouteTarget.Kind.VIRTUAL_PRIVATE_GATEWAY
        : id.startsWith("vpce-") ? RouteTarget.Kind.VPC_ENDPOINT
        : id.startsWith("eni-") ? RouteTarget.Kind.NETWORK_INTERFACE
        : RouteTarget.Kind.UNKNOWN;
    return new RouteTarget(kind, id);
  }

  // ---------------------------------------------------------------- security groups

  /** A custom group: no inbound rule and all outbound, as AWS creates it. */
  public GroupBuilder securityGroup(String id, String name, String vpcId) {
    GroupBuilder g = new GroupBuilder(id, name, vpcId);
    g.egress(IpProtocol.ALL, null, "0.0.0.0/0");
    groups.put(id, g);
    return g;
  }

  /** A group with no rule at all. */
  public GroupBuilder emptySecurityGroup(String id, String name, String vpcId) {
    GroupBuilder g = new GroupBuilder(id, name, vpcId);
    groups.put(id, g);
    return g;
  }

  /** The VPC's default group as AWS creates it: inbound from itself, all outbound. */
  public GroupBuilder defaultSecurityGroup(String id, String vpcId) {
    GroupBuilder g = securityGroup(id, "default", vpcId);
    g.ingressFromGroup(IpProtocol.ALL, null, id);
    return g;
  }

  public GroupBuilder group(String id) {
    return groups.get(id);
  }

  /** A security group under construction; ports as {@code "22"} or {@code "1000-2000"}, null for none. */
  public static final class GroupBuilder {
    private final String id;
    private final String name;
    private final String vpcId;
    private final List<SecurityGroupRule> ingress = new ArrayList<>();
    private final List<SecurityGroupRule> egress = new ArrayList<>();

    GroupBuilder(String id, String name, String vpcId) {
      this.id = id;
      this.name = name;
      this.vpcId = vpcId;
    }

    public GroupBuilder ingress(IpProtocol protocol, String ports, String cidr) {
      ingress.add(rule(protocol, ports, new RulePeer.CidrPeer(Cidr.parse(cidr), Optional.of("in " + cidr))));
      return this;
    }

    public GroupBuilder egress(IpProtocol protocol, String ports, String cidr) {
      egress.add(rule(protocol, ports, new RulePeer.CidrPeer(Cidr.parse(cidr), Optional.empty())));
      return this;
    }

    public GroupBuilder ingressIcmp(IpProtocol protocol, int type, int code, String cidr) {
      ingress.add(new SecurityGroupRule(protocol, Optional.empty(), Optional.of(new IcmpTypeCode(type, code)),
          List.of(new RulePeer.CidrPeer(Cidr.parse(cidr), Optional.empty()))));
      return this;
    }

    public GroupBuilder ingressFromGroup(IpProtocol protocol, String ports, String groupId) {
      ingress.add(rule(protocol, ports, new RulePeer.GroupPeer(groupId, Optional.of(ACCOUNT), Optional.empty(),
          Optional.empty(), Optional.empty())));
      return this;
    }

    public GroupBuilder egressToGroup(IpProtocol protocol, String ports, String groupId) {
      egress.add(rule(protocol, ports, new RulePeer.GroupPeer(groupId, Optional.of(ACCOUNT), Optional.empty(),
          Optional.empty(), Optional.empty())));
      return this;
    }

    public GroupBuilder ingressFromPrefixList(IpProtocol protocol, String ports, String prefixListId) {
      ingress.add(rule(protocol, ports, new RulePeer.PrefixListPeer(prefixListId, Optional.empty())));
      return this;
    }

    public GroupBuilder clearEgress() {
      egress.clear();
      return this;
    }

    public GroupBuilder clearIngress() {
      ingress.clear();
      return this;
    }

    private static SecurityGroupRule rule(IpProtocol protocol, String ports, RulePeer peer) {
      return new SecurityGroupRule(protocol, Optional.ofNullable(ports).map(NetworkFixture::ports), Optional.empty(),
          List.of(peer));
    }

    SecurityGroup build() {
      return new SecurityGroup(id, name, "test group " + name, Optional.of(vpcId), ACCOUNT, REGION, ingress, egress,
          Map.of());
    }
  }

  static PortRange ports(String text) {
    int dash = text.indexOf('-');
    return dash < 0 ? PortRange.of(Integer.parseInt(text))
        : new PortRange(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
  }

  // ---------------------------------------------------------------- network ACLs

  /** The VPC's default ACL: all traffic allowed both ways (rule 100), then the {@code *} rules. */
  public AclBuilder defaultNetworkAcl(String id, String vpcId, String... subnetIds) {
    AclBuilder a = new AclBuilder(id, vpcId, true, List.of(subnetIds));
    a.inbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
    a.outbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
    a.inbound(101, RuleAction.ALLOW, IpProtocol.ALL, null, "::/0");
    a.outbound(101, RuleAction.ALLOW, IpProtocol.ALL, null, "::/0");
    acls.put(id, a);
    return a;
  }

  /** A custom ACL: only the {@code *} deny rules until entries are added. */
  public AclBuilder networkAcl(String id, String vpcId, String... subnetIds) {
    AclBuilder a = new AclBuilder(id, vpcId, false, List.of(subnetIds));
    acls.put(id, a);
    return a;
  }

  public AclBuilder acl(String id) {
    return acls.get(id);
  }

  /** A network ACL under construction; the {@code *} rules are added at build time. */
  public static final class AclBuilder {
    private final String id;
    private final String vpcId;
    private final boolean isDefault;
    private final List<String> subnetIds;
    private final List<NetworkAclEntry> entries = new ArrayList<>();
    private boolean starRules = true;

    AclBuilder(String id, String vpcId, boolean isDefault, List<String> subnetIds) {
      this.id = id;
      this.vpcId = vpcId;
      this.isDefault = isDefault;
      this.subnetIds = subnetIds;
    }

    public AclBuilder inbound(int number, RuleAction action, IpProtocol protocol, String ports, String cidr) {
      entries.add(entry(number, false, action, protocol, ports, cidr));
      return this;
    }

    public AclBuilder outbound(int number, RuleAction action, IpProtocol protocol, String ports, String cidr) {
      entries.add(entry(number, true, action, protocol, ports, cidr));
      return this;
    }

    public AclBuilder inboundIcmp(int number, RuleAction action, IpProtocol protocol, int type, int code, String cidr) {
      entries.add(new NetworkAclEntry(number, false, protocol, action, Cidr.parse(cidr), Optional.empty(),
          Optional.of(new IcmpTypeCode(type, code))));
      return this;
    }

    public AclBuilder outboundIcmp(int number, RuleAction action, IpProtocol protocol, int type, int code, String cidr) {
      entries.add(new NetworkAclEntry(number, true, protocol, action, Cidr.parse(cidr), Optional.empty(),
          Optional.of(new IcmpTypeCode(type, code))));
      return this;
    }

    /** Leaves the {@code *} rules out, as a hand-written snapshot might. */
    public AclBuilder withoutStarRules() {
      starRules = false;
      return this;
    }

    private static NetworkAclEntry entry(int number, boolean egress, RuleAction action, IpProtocol protocol, String ports,
        String cidr) {
      return new NetworkAclEntry(number, egress, protocol, action, Cidr.parse(cidr),
          Optional.ofNullable(ports).map(NetworkFixture::ports), Optional.empty());
    }

    NetworkAcl build() {
      List<NetworkAclEntry> all = new ArrayList<>(entries);
      if (starRules) {
        for (boolean egress : new boolean[] {false, true}) {
          all.add(new NetworkAclEntry(NetworkAclEntry.IPV4_DEFAULT_RULE, egress, IpProtocol.ALL, RuleAction.DENY,
              Cidr.parse("0.0.0.0/0"), Optional.empty(), Optional.empty()));
          all.add(new NetworkAclEntry(NetworkAclEntry.IPV6_DEFAULT_RULE, egress, IpProtocol.ALL, RuleAction.DENY,
              Cidr.parse("::/0"), Optional.empty(), Optional.empty()));
        }
      }
      return new NetworkAcl(id, vpcId, ACCOUNT, REGION, isDefault, all, subnetIds, Map.of());
    }
  }

  // ---------------------------------------------------------------- interfaces

  /**
   * An interface; {@code addresses}: private IPv4 addresses (the first is primary), IPv6 addresses,
   * and {@code "10.0.1.5=54.1.2.3"} for a private address with a public one.
   */
  public NetworkFixture eni(String id, String subnetId, List<String> groupIds, String... addresses) {
    Subnet subnet = subnets.stream().filter(s -> s.id().equals(subnetId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("add subnet " + subnetId + " first"));
    List<PrivateIp> privateIps = new ArrayList<>();
    List<IpAddress> v6 = new ArrayList<>();
    for (String a : addresses) {
      String[] parts = a.split("=");
      IpAddress address = IpAddress.parse(parts[0]);
      if (address.ipv6()) {
        v6.add(address);
        continue;
      }
      Optional<IpAddress> publicIp = parts.length > 1 ? Optional.of(IpAddress.parse(parts[1])) : Optional.empty();
      privateIps.add(new PrivateIp(address, privateIps.isEmpty(), publicIp, false, Optional.empty()));
    }
    interfaces.add(new NetworkInterface(id, ACCOUNT, REGION, subnetId, subnet.vpcId(), REGION + "a", "interface",
        "test interface", privateIps, v6, groupIds, Optional.of("i-" + id.substring(4)), Optional.empty(), false,
        true, "in-use", Map.of()));
    return this;
  }

  /** An interface RDS created for a DB instance ({@code RequesterId amazon-rds}); addresses as for {@link #eni}. */
  public NetworkFixture rdsInterface(String id, String subnetId, List<String> groupIds, String... addresses) {
    eni(id, subnetId, groupIds, addresses);
    NetworkInterface plain = interfaces.remove(interfaces.size() - 1);
    interfaces.add(new NetworkInterface(plain.id(), ACCOUNT, REGION, subnetId, plain.vpcId(), plain.availabilityZone(),
        "interface", "RDSNetworkInterface", plain.privateIps(), plain.ipv6Addresses(), groupIds, Optional.empty(),
        Optional.of("amazon-rds"), true, true, "in-use", Map.of()));
    return this;
  }

  /** An instance whose primary interface is {@code eniId} (already added). */
  public NetworkFixture instance(String id, String eniId) {
    NetworkInterface eni = interfaces.stream().filter(e -> e.id().equals(eniId)).findFirst().orElseThrow();
    instances.add(new Instance(id, ACCOUNT, REGION, "t3.micro", "running", Optional.of(eni.subnetId()),
        Optional.of(eni.vpcId()), eni.primaryPrivateIp().map(PrivateIp::address),
        eni.primaryPrivateIp().flatMap(PrivateIp::publicIp), List.of(eniId), eni.securityGroupIds(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
    return this;
  }
}
