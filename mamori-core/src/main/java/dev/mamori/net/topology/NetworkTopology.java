package dev.mamori.net.topology;

import dev.mamori.model.Cidr;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.InternetGateway;
import dev.mamori.model.IpAddress;
import dev.mamori.model.ManagedPrefixList;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.PrivateIp;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.Subnet;
import dev.mamori.model.Vpc;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IpFamily;
import dev.mamori.net.filter.Bounded;
import dev.mamori.net.filter.CompiledSecurityGroup;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.filter.PeerResolver;
import dev.mamori.net.filter.SecurityGroupEvaluator;
import dev.mamori.net.filter.ServiceSetCache;
import dev.mamori.net.route.RouteTableEvaluator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network engine's view of a model: who owns which address, which groups, ACL and route table
 * are in force where, and the compiled evaluators, built on first use and shared (thread-safe).
 * Everything the reach and exposure analyses ask of the snapshot goes through here.
 */
public final class NetworkTopology implements PeerResolver {

  private final CloudModel model;
  private final Map<IpAddress, List<NetworkInterface>> interfacesByAddress;
  private final Map<String, List<NetworkInterface>> membersByGroup;

  private final ServiceSetCache sets = new ServiceSetCache();
  private final Map<String, CompiledSecurityGroup> compiledGroups = new ConcurrentHashMap<>();
  private final Map<List<String>, SecurityGroupEvaluator> groupEvaluators = new ConcurrentHashMap<>();
  private final Map<String, NetworkAclEvaluator> aclEvaluators = new ConcurrentHashMap<>();
  private final Map<String, RouteTableEvaluator> routeEvaluators = new ConcurrentHashMap<>();
  private final Map<String, Bounded<AddressSet>> memberAddresses = new ConcurrentHashMap<>();
  private final Map<String, Bounded<AddressSet>> prefixListAddresses = new ConcurrentHashMap<>();

  private NetworkTopology(CloudModel model) {
    this.model = model;
    this.interfacesByAddress = indexByAddress(model);
    this.membersByGroup = indexMembers(model);
  }

  public static NetworkTopology of(CloudModel model) {
    return new NetworkTopology(model);
  }

  public CloudModel model() {
    return model;
  }

  /** The service and address sets this engine's filters share (callers compiling rules of their own reuse them). */
  public ServiceSetCache serviceSets() {
    return sets;
  }

  // ---------------------------------------------------------------- addresses

  /** The private IPv4 and IPv6 addresses of an interface, primary first. */
  public static List<IpAddress> privateAddressesOf(NetworkInterface eni) {
    List<IpAddress> out = new ArrayList<>();
    eni.primaryPrivateIp().ifPresent(p -> out.add(p.address()));
    eni.privateIps().stream().map(PrivateIp::address).filter(a -> !out.contains(a)).forEach(out::add);
    eni.ipv6Addresses().stream().filter(a -> !out.contains(a)).forEach(out::add);
    return out;
  }

  /** Interfaces holding a private IPv4 or an IPv6 address (several only when VPCs overlap). */
  public List<NetworkInterface> interfacesWithAddress(IpAddress address) {
    return interfacesByAddress.getOrDefault(address, List.of());
  }

  public Optional<NetworkInterface> interfaceWithPublicIp(IpAddress address) {
    return model.interfaceWithPublicIp(address);
  }

  /** The private address behind a public IPv4 address of an interface. */
  public static Optional<IpAddress> privateAddressBehind(NetworkInterface eni, IpAddress publicIp) {
    return eni.privateIps().stream().filter(p -> p.publicIp().filter(publicIp::equals).isPresent())
        .map(PrivateIp::address).findFirst();
  }

  /** The public IPv4 address (auto-assigned or Elastic) associated with a private address. */
  public static Optional<IpAddress> publicAddressOf(NetworkInterface eni, IpAddress privateIp) {
    return eni.privateIps().stream().filter(p -> p.address().equals(privateIp)).findFirst()
        .flatMap(PrivateIp::publicIp);
  }

  public Optional<Subnet> subnetOf(NetworkInterface eni) {
    return model.subnet(eni.subnetId());
  }

  /** The subnet of a VPC whose CIDR blocks hold the address. */
  public Optional<Subnet> subnetContaining(String vpcId, IpAddress address) {
    for (Subnet subnet : model.subnetsOf(vpcId)) {
      boolean inV4 = subnet.cidrBlock().filter(c -> c.contains(address)).isPresent();
      if (inV4 || subnet.ipv6CidrBlocks().stream().anyMatch(c -> c.contains(address))) {
        return Optional.of(subnet);
      }
    }
    return Optional.empty();
  }

  public static boolean vpcContains(Vpc vpc, IpAddress address) {
    return vpc.cidrBlocks().stream().anyMatch(c -> c.contains(address))
        || vpc.ipv6CidrBlocks().stream().anyMatch(c -> c.contains(address));
  }

  /** The interface of a NAT gateway: it answers only connections the gateway opened itself. */
  public static boolean isNatGatewayInterface(NetworkInterface eni) {
    return eni.interfaceType().equalsIgnoreCase("nat_gateway") || eni.interfaceType().equalsIgnoreCase("natGateway");
  }

  // ---------------------------------------------------------------- gateways

  /** An internet gateway (not egress-only) attached to the VPC, if any. */
  public Optional<InternetGateway> internetGatewayOf(String vpcId) {
    return model.internetGatewaysOf(vpcId).stream().filter(g -> !g.egressOnly()).findFirst();
  }

  public boolean isAttached(String gatewayId, String vpcId) {
    return model.internetGatewaysOf(vpcId).stream().anyMatch(g -> g.id().equals(gatewayId));
  }

  // ---------------------------------------------------------------- filters and routes

  /**
   * The security groups in force on an interface: the listed ones, or the VPC's default group when
   * the list is empty (AWS attaches it to an interface launched without a group).
   */
  public SecurityGroupEvaluator securityGroups(NetworkInterface eni) {
    List<String> inForce = eni.securityGroupIds();
    if (inForce.isEmpty()) {
      Optional<SecurityGroup> fallback = model.defaultSecurityGroupOf(eni.vpcId());
      if (fallback.isEmpty()) {
        return new SecurityGroupEvaluator(List.of(), List.of(),
            List.of(eni.id() + " lists no security group and the snapshot has no default group for " + eni.vpcId()));
      }
      inForce = List.of(fallback.get().id());
    }
    return groupEvaluators.computeIfAbsent(inForce, this::evaluatorFor);
  }

  private SecurityGroupEvaluator evaluatorFor(List<String> groupIds) {
    List<CompiledSecurityGroup> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : groupIds) {
      Optional<CompiledSecurityGroup> compiled = compiledGroup(id);
      if (compiled.isPresent()) {
        found.add(compiled.get());
      } else {
        missing.add("security group " + id + " is not in the snapshot");
      }
    }
    return new SecurityGroupEvaluator(found, groupIds, missing);
  }

  public Optional<CompiledSecurityGroup> compiledGroup(String groupId) {
    Optional<SecurityGroup> group = model.securityGroup(groupId);
    return group.map(g -> compiledGroups.computeIfAbsent(groupId, id -> CompiledSecurityGroup.compile(g, this, sets)));
  }

  public Optional<NetworkAclEvaluator> networkAcl(Subnet subnet) {
    return model.networkAclFor(subnet).map(this::networkAcl);
  }

  /** Any network ACL of the snapshot, compiled once (the audit also checks ACLs no subnet uses). */
  public NetworkAclEvaluator networkAcl(NetworkAcl acl) {
    return aclEvaluators.computeIfAbsent(acl.id(), id -> new NetworkAclEvaluator(acl, sets));
  }

  public Optional<RouteTableEvaluator> routeTable(Subnet subnet) {
    return model.routeTableFor(subnet).map(table -> routeEvaluators.computeIfAbsent(table.id(),
        id -> new RouteTableEvaluator(table, this::prefixListEntries, this::prefixListFamily)));
  }

  /** The address family a prefix list declares ({@code IPv4} or {@code IPv6}), when known. */
  private Optional<IpFamily> prefixListFamily(String id) {
    return model.prefixList(id).map(l -> l.addressFamily().toLowerCase(Locale.ROOT))
        .flatMap(f -> f.equals("ipv4") ? Optional.of(IpFamily.IPV4)
            : f.equals("ipv6") ? Optional.of(IpFamily.IPV6) : Optional.empty());
  }

  private Collected<List<Cidr>> prefixListEntries(String id) {
    return model.prefixList(id).map(ManagedPrefixList::entries).orElse(Collected.notCollected());
  }

  // ---------------------------------------------------------------- peers

  @Override
  public Bounded<AddressSet> prefixList(String prefixListId) {
    return prefixListAddresses.computeIfAbsent(prefixListId, this::resolvePrefixList);
  }

  private Bounded<AddressSet> resolvePrefixList(String id) {
    Optional<ManagedPrefixList> list = model.prefixList(id);
    if (list.isPresent() && list.get().entries() instanceof Collected.Present<List<Cidr>> entries) {
      return Bounded.exact(AddressSet.ofCidrs(entries.value()));
    }
    String family = list.map(l -> l.addressFamily().toLowerCase(Locale.ROOT)).orElse("");
    AddressSet all = family.equals("ipv4") ? AddressSet.all(IpFamily.IPV4)
        : family.equals("ipv6") ? AddressSet.all(IpFamily.IPV6) : AddressSet.all();
    String why = list.isPresent() ? "the entries of prefix list " + id + " were not collected"
        : "prefix list " + id + " is not in the snapshot";
    return Bounded.unknown(AddressSet.empty(), all, why);
  }

  @Override
  public Bounded<AddressSet> groupMembers(String securityGroupId) {
    return memberAddresses.computeIfAbsent(securityGroupId, this::resolveMembers);
  }

  private Bounded<AddressSet> resolveMembers(String groupId) {
    List<IpAddress> addresses = new ArrayList<>();
    for (NetworkInterface member : membersByGroup.getOrDefault(groupId, List.of())) {
      addresses.addAll(privateAddressesOf(member));
    }
    AddressSet known = AddressSet.ofRanges(addresses.stream().map(dev.mamori.net.AddressRange::single).toList());
    if (model.securityGroup(groupId).isPresent()) {
      return Bounded.exact(known);
    }
    return new Bounded<>(known, AddressSet.all(),
        List.of("referenced security group " + groupId + " is not in the snapshot, so its members are unknown"));
  }

  /**
   * Interfaces a group reference stands for: those listing the group, and for a VPC's default group
   * also those listing no group at all (they are in the default group).
   */
  public List<NetworkInterface> membersOf(String groupId) {
    return membersByGroup.getOrDefault(groupId, List.of());
  }

  // ---------------------------------------------------------------- indexes

  private static Map<IpAddress, List<NetworkInterface>> indexByAddress(CloudModel model) {
    Map<IpAddress, List<NetworkInterface>> out = new HashMap<>();
    for (NetworkInterface eni : model.networkInterfaces()) {
      for (IpAddress a : privateAddressesOf(eni)) {
        out.computeIfAbsent(a, k -> new ArrayList<>(1)).add(eni);
      }
    }
    return out;
  }

  private static Map<String, List<NetworkInterface>> indexMembers(CloudModel model) {
    Map<String, List<NetworkInterface>> out = new HashMap<>();
    for (NetworkInterface eni : model.networkInterfaces()) {
      List<String> groups = eni.securityGroupIds();
      if (groups.isEmpty()) {
        model.defaultSecurityGroupOf(eni.vpcId()).ifPresent(g -> out.computeIfAbsent(g.id(), k -> new ArrayList<>()).add(eni));
      }
      for (String id : groups) {
        out.computeIfAbsent(id, k -> new ArrayList<>()).add(eni);
      }
    }
    return out;
  }
}
