package dev.mamori.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One immutable model of an AWS account (or of several, for multi-account snapshots), with the
 * indexes the engines need. Built once by the snapshot reader (or by hand through {@link #builder()}
 * in tests), then only read.
 *
 * <p>Resources are kept in the order they were added; lookups by ID return {@link Optional}.
 */
public final class CloudModel {

  private final Optional<String> accountId;
  private final Map<String, Vpc> vpcs;
  private final Map<String, Subnet> subnets;
  private final Map<String, RouteTable> routeTables;
  private final Map<String, InternetGateway> internetGateways;
  private final Map<String, NatGateway> natGateways;
  private final Map<String, SecurityGroup> securityGroups;
  private final Map<String, NetworkAcl> networkAcls;
  private final Map<String, NetworkInterface> networkInterfaces;
  private final Map<String, Instance> instances;
  private final Map<String, ManagedPrefixList> prefixLists;
  private final Map<String, VpcPeeringConnection> peeringConnections;
  private final Map<String, Volume> volumes;
  private final Map<String, EbsSnapshot> ebsSnapshots;
  private final List<EbsEncryptionDefault> ebsEncryptionDefaults;
  private final Map<String, DbInstance> dbInstances;
  private final Map<String, KmsKey> kmsKeys;
  private final Map<String, LambdaFunction> lambdaFunctionsByArn;
  private final Map<String, IamUser> usersByArn;
  private final Map<String, IamGroup> groupsByName;
  private final Map<String, IamRole> rolesByArn;
  private final Map<String, ManagedPolicy> managedPoliciesByArn;
  private final IamData iam;
  private final Map<String, Bucket> buckets;
  private final Collected<PublicAccessBlock> accountPublicAccessBlock;
  private final Organizations organizations;
  private final Set<String> regions;
  private final Map<String, String> sources;
  private final List<LoadWarning> warnings;

  // Indexes.
  private final Map<String, List<Subnet>> subnetsByVpc;
  private final Map<String, List<NetworkInterface>> interfacesBySubnet;
  private final Map<String, List<NetworkInterface>> interfacesBySecurityGroup;
  private final Map<String, List<NetworkInterface>> interfacesByInstance;
  private final Map<IpAddress, List<NetworkInterface>> interfacesByPrivateIp;
  private final Map<IpAddress, NetworkInterface> interfacesByPublicIp;
  private final Map<String, RouteTable> explicitRouteTableBySubnet;
  private final Map<String, RouteTable> mainRouteTableByVpc;
  private final Map<String, NetworkAcl> networkAclBySubnet;
  private final Map<String, NetworkAcl> defaultNetworkAclByVpc;
  private final Map<String, SecurityGroup> defaultSecurityGroupByVpc;
  private final Map<String, List<InternetGateway>> internetGatewaysByVpc;
  private final Map<String, List<VpcPeeringConnection>> peeringsByVpc;
  private final Map<String, IamUser> usersByName;
  private final Map<String, IamRole> rolesByName;
  private final Map<String, KmsKey> kmsKeysById;

  private CloudModel(Builder b) {
    accountId = b.accountId;
    vpcs = byId(b.vpcs, Vpc::id);
    subnets = byId(b.subnets, Subnet::id);
    routeTables = byId(b.routeTables, RouteTable::id);
    internetGateways = byId(b.internetGateways, InternetGateway::id);
    natGateways = byId(b.natGateways, NatGateway::id);
    securityGroups = byId(b.securityGroups, SecurityGroup::id);
    networkAcls = byId(b.networkAcls, NetworkAcl::id);
    networkInterfaces = byId(b.networkInterfaces, NetworkInterface::id);
    instances = byId(b.instances, Instance::id);
    prefixLists = byId(b.prefixLists, ManagedPrefixList::id);
    peeringConnections = byId(b.peeringConnections, VpcPeeringConnection::id);
    volumes = byId(b.volumes, Volume::id);
    ebsSnapshots = byId(b.ebsSnapshots, EbsSnapshot::id);
    ebsEncryptionDefaults = List.copyOf(b.ebsEncryptionDefaults);
    dbInstances = byId(b.dbInstances, DbInstance::id);
    // Keyed by ARN: the replicas of a multi-Region key share one key ID across regions.
    kmsKeys = byId(b.kmsKeys, KmsKey::arn);
    lambdaFunctionsByArn = byId(b.lambdaFunctions, LambdaFunction::arn);
    usersByArn = byId(b.users, IamUser::arn);
    groupsByName = byId(b.groups, IamGroup::name);
    rolesByArn = byId(b.roles, IamRole::arn);
    managedPoliciesByArn = byId(b.managedPolicies, ManagedPolicy::arn);
    iam = b.iam;
    buckets = byId(b.buckets, Bucket::name);
    accountPublicAccessBlock = b.accountPublicAccessBlock;
    organizations = b.organizations;
    sources = Collections.unmodifiableMap(new HashMap<>(b.sources));
    warnings = List.copyOf(b.warnings);

    Set<String> seenRegions = new LinkedHashSet<>(b.regions);
    vpcs.values().forEach(v -> seenRegions.add(v.region()));
    regions = Collections.unmodifiableSet(seenRegions);

    subnetsByVpc = groupBy(subnets.values(), Subnet::vpcId);
    // One pass over the interfaces for all their indexes: at 100k interfaces this is a visible
    // part of the load.
    Map<String, List<NetworkInterface>> bySubnet = new HashMap<>();
    Map<String, List<NetworkInterface>> byGroup = new HashMap<>();
    Map<String, List<NetworkInterface>> byInstance = new HashMap<>();
    Map<IpAddress, List<NetworkInterface>> byPrivateIp = new HashMap<>(capacityFor(networkInterfaces.size()));
    Map<IpAddress, NetworkInterface> byPublic = new HashMap<>();
    for (NetworkInterface n : networkInterfaces.values()) {
      addTo(bySubnet, n.subnetId(), n);
      for (String g : n.securityGroupIds()) {
        addTo(byGroup, g, n);
      }
      if (n.instanceId().isPresent()) {
        addTo(byInstance, n.instanceId().get(), n);
      }
      for (PrivateIp p : n.privateIps()) {
        addTo(byPrivateIp, p.address(), n);
        if (p.publicIp().isPresent()) {
          byPublic.putIfAbsent(p.publicIp().get(), n);
        }
      }
    }
    interfacesBySubnet = frozen(bySubnet);
    interfacesBySecurityGroup = frozen(byGroup);
    interfacesByInstance = frozen(byInstance);
    interfacesByPrivateIp = frozen(byPrivateIp);
    interfacesByPublicIp = Collections.unmodifiableMap(byPublic);

    Map<String, RouteTable> explicit = new HashMap<>();
    Map<String, RouteTable> mainTables = new HashMap<>();
    for (RouteTable t : routeTables.values()) {
      t.subnetIds().forEach(s -> explicit.put(s, t));
      if (t.main()) {
        mainTables.putIfAbsent(t.vpcId(), t);
      }
    }
    explicitRouteTableBySubnet = Collections.unmodifiableMap(explicit);
    mainRouteTableByVpc = Collections.unmodifiableMap(mainTables);

    Map<String, NetworkAcl> aclBySubnet = new HashMap<>();
    Map<String, NetworkAcl> defaultAcls = new HashMap<>();
    for (NetworkAcl acl : networkAcls.values()) {
      acl.subnetIds().forEach(s -> aclBySubnet.put(s, acl));
      if (acl.isDefault()) {
        defaultAcls.putIfAbsent(acl.vpcId(), acl);
      }
    }
    networkAclBySubnet = Collections.unmodifiableMap(aclBySubnet);
    defaultNetworkAclByVpc = Collections.unmodifiableMap(defaultAcls);

    Map<String, SecurityGroup> defaultGroups = new HashMap<>();
    for (SecurityGroup g : securityGroups.values()) {
      if (g.isDefault() && g.vpcId().isPresent()) {
        defaultGroups.putIfAbsent(g.vpcId().get(), g);
      }
    }
    defaultSecurityGroupByVpc = Collections.unmodifiableMap(defaultGroups);
    internetGatewaysByVpc = groupByMany(internetGateways.values(), InternetGateway::attachedVpcIds);
    peeringsByVpc = groupByMany(peeringConnections.values(),
        p -> List.of(p.requester().vpcId(), p.accepter().vpcId()));
    usersByName = byId(usersByArn.values(), IamUser::name);
    rolesByName = byId(rolesByArn.values(), IamRole::name);
    kmsKeysById = firstById(kmsKeys.values(), KmsKey::id);
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- Account and provenance -------------------------------------------------------------

  /** The snapshot's own account, when the data or the layout names it. */
  public Optional<String> accountId() {
    return accountId;
  }

  /** Every region the snapshot has data for. */
  public Set<String> regions() {
    return regions;
  }

  /** The snapshot file (relative to its root) that holds a resource, by ID, ARN or bucket name. */
  public Optional<String> sourceOf(String resourceId) {
    return Optional.ofNullable(sources.get(resourceId));
  }

  /** What the reader could not understand but did not need to stop for. */
  public List<LoadWarning> warnings() {
    return warnings;
  }

  // ---- Network ----------------------------------------------------------------------------

  public Collection<Vpc> vpcs() {
    return vpcs.values();
  }

  public Optional<Vpc> vpc(String id) {
    return Optional.ofNullable(vpcs.get(id));
  }

  public Collection<Subnet> subnets() {
    return subnets.values();
  }

  public Optional<Subnet> subnet(String id) {
    return Optional.ofNullable(subnets.get(id));
  }

  public List<Subnet> subnetsOf(String vpcId) {
    return subnetsByVpc.getOrDefault(vpcId, List.of());
  }

  public Collection<RouteTable> routeTables() {
    return routeTables.values();
  }

  public Optional<RouteTable> routeTable(String id) {
    return Optional.ofNullable(routeTables.get(id));
  }

  /**
   * The route table that serves a subnet: its explicit association, else its VPC's main table.
   */
  public Optional<RouteTable> routeTableFor(Subnet subnet) {
    RouteTable explicit = explicitRouteTableBySubnet.get(subnet.id());
    return explicit != null ? Optional.of(explicit) : Optional.ofNullable(mainRouteTableByVpc.get(subnet.vpcId()));
  }

  /** True when the subnet uses its VPC's main table by default rather than an explicit one. */
  public boolean usesMainRouteTable(Subnet subnet) {
    return !explicitRouteTableBySubnet.containsKey(subnet.id());
  }

  public Collection<InternetGateway> internetGateways() {
    return internetGateways.values();
  }

  public Optional<InternetGateway> internetGateway(String id) {
    return Optional.ofNullable(internetGateways.get(id));
  }

  /** Internet gateways (and egress-only ones) attached to a VPC. */
  public List<InternetGateway> internetGatewaysOf(String vpcId) {
    return internetGatewaysByVpc.getOrDefault(vpcId, List.of());
  }

  public Collection<NatGateway> natGateways() {
    return natGateways.values();
  }

  public Optional<NatGateway> natGateway(String id) {
    return Optional.ofNullable(natGateways.get(id));
  }

  public Collection<SecurityGroup> securityGroups() {
    return securityGroups.values();
  }

  public Optional<SecurityGroup> securityGroup(String id) {
    return Optional.ofNullable(securityGroups.get(id));
  }

  /** The VPC's group named {@code default}. */
  public Optional<SecurityGroup> defaultSecurityGroupOf(String vpcId) {
    return Optional.ofNullable(defaultSecurityGroupByVpc.get(vpcId));
  }

  public Collection<NetworkAcl> networkAcls() {
    return networkAcls.values();
  }

  public Optional<NetworkAcl> networkAcl(String id) {
    return Optional.ofNullable(networkAcls.get(id));
  }

  /**
   * The network ACL of a subnet: the associated one, else the VPC's default ACL (every subnet has
   * exactly one).
   */
  public Optional<NetworkAcl> networkAclFor(Subnet subnet) {
    NetworkAcl acl = networkAclBySubnet.get(subnet.id());
    return acl != null ? Optional.of(acl) : Optional.ofNullable(defaultNetworkAclByVpc.get(subnet.vpcId()));
  }

  public Collection<NetworkInterface> networkInterfaces() {
    return networkInterfaces.values();
  }

  public Optional<NetworkInterface> networkInterface(String id) {
    return Optional.ofNullable(networkInterfaces.get(id));
  }

  public List<NetworkInterface> interfacesIn(String subnetId) {
    return interfacesBySubnet.getOrDefault(subnetId, List.of());
  }

  /** Interfaces that have the group attached (the members a group reference stands for). */
  public List<NetworkInterface> interfacesWithGroup(String securityGroupId) {
    return interfacesBySecurityGroup.getOrDefault(securityGroupId, List.of());
  }

  public List<NetworkInterface> interfacesOf(String instanceId) {
    return interfacesByInstance.getOrDefault(instanceId, List.of());
  }

  /** Interfaces holding a private address (several when VPCs overlap). */
  public List<NetworkInterface> interfacesWithPrivateIp(IpAddress address) {
    return interfacesByPrivateIp.getOrDefault(address, List.of());
  }

  public Optional<NetworkInterface> interfaceWithPublicIp(IpAddress address) {
    return Optional.ofNullable(interfacesByPublicIp.get(address));
  }

  public Collection<Instance> instances() {
    return instances.values();
  }

  public Optional<Instance> instance(String id) {
    return Optional.ofNullable(instances.get(id));
  }

  public Collection<ManagedPrefixList> prefixLists() {
    return prefixLists.values();
  }

  public Optional<ManagedPrefixList> prefixList(String id) {
    return Optional.ofNullable(prefixLists.get(id));
  }

  public Collection<VpcPeeringConnection> peeringConnections() {
    return peeringConnections.values();
  }

  public Optional<VpcPeeringConnection> peeringConnection(String id) {
    return Optional.ofNullable(peeringConnections.get(id));
  }

  public List<VpcPeeringConnection> peeringsOf(String vpcId) {
    return peeringsByVpc.getOrDefault(vpcId, List.of());
  }

  // ---- Data -------------------------------------------------------------------------------

  public Collection<Volume> volumes() {
    return volumes.values();
  }

  public Optional<Volume> volume(String id) {
    return Optional.ofNullable(volumes.get(id));
  }

  public Collection<EbsSnapshot> ebsSnapshots() {
    return ebsSnapshots.values();
  }

  public Optional<EbsSnapshot> ebsSnapshot(String id) {
    return Optional.ofNullable(ebsSnapshots.get(id));
  }

  /** EBS encryption-by-default settings for the regions whose setting was collected. */
  public List<EbsEncryptionDefault> ebsEncryptionDefaults() {
    return ebsEncryptionDefaults;
  }

  public Collection<DbInstance> dbInstances() {
    return dbInstances.values();
  }

  public Optional<DbInstance> dbInstance(String id) {
    return Optional.ofNullable(dbInstances.get(id));
  }

  public Collection<KmsKey> kmsKeys() {
    return kmsKeys.values();
  }

  /**
   * A key by its ARN, or by its ID (for a multi-Region key given by ID, the first replica read;
   * give the ARN to pick a region).
   */
  public Optional<KmsKey> kmsKey(String idOrArn) {
    KmsKey k = kmsKeys.get(idOrArn);
    return k != null ? Optional.of(k) : Optional.ofNullable(kmsKeysById.get(idOrArn));
  }

  public Collection<LambdaFunction> lambdaFunctions() {
    return lambdaFunctionsByArn.values();
  }

  /** A function by its unqualified ARN ({@code arn:aws:lambda:REGION:ACCOUNT:function:NAME}). */
  public Optional<LambdaFunction> lambdaFunction(String arn) {
    return Optional.ofNullable(lambdaFunctionsByArn.get(arn));
  }

  public Collection<Bucket> buckets() {
    return buckets.values();
  }

  public Optional<Bucket> bucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  /** The account-level S3 Block Public Access settings ({@code s3control}). */
  public Collected<PublicAccessBlock> accountPublicAccessBlock() {
    return accountPublicAccessBlock;
  }

  // ---- IAM and Organizations --------------------------------------------------------------

  public Collection<IamUser> users() {
    return usersByArn.values();
  }

  public Optional<IamUser> user(String arn) {
    return Optional.ofNullable(usersByArn.get(arn));
  }

  public Optional<IamUser> userNamed(String name) {
    return Optional.ofNullable(usersByName.get(name));
  }

  public Collection<IamGroup> groups() {
    return groupsByName.values();
  }

  public Optional<IamGroup> group(String name) {
    return Optional.ofNullable(groupsByName.get(name));
  }

  public Collection<IamRole> roles() {
    return rolesByArn.values();
  }

  public Optional<IamRole> role(String arn) {
    return Optional.ofNullable(rolesByArn.get(arn));
  }

  public Optional<IamRole> roleNamed(String name) {
    return Optional.ofNullable(rolesByName.get(name));
  }

  public Collection<ManagedPolicy> managedPolicies() {
    return managedPoliciesByArn.values();
  }

  public Optional<ManagedPolicy> managedPolicy(String arn) {
    return Optional.ofNullable(managedPoliciesByArn.get(arn));
  }

  /**
   * Every identity policy that applies to a user: its inline and attached managed policies, then
   * those of each of its groups. A managed policy whose document is not in the snapshot is left
   * out and reported by {@link #missingPoliciesOf(IamUser)}.
   */
  public List<AttachedPolicy> policiesOf(IamUser user) {
    List<AttachedPolicy> out = new ArrayList<>();
    addPolicies(out, user.arn(), user.inlinePolicies(), user.attachedPolicyArns(), "user");
    for (String groupName : user.groupNames()) {
      group(groupName).ifPresent(g ->
          addPolicies(out, g.arn(), g.inlinePolicies(), g.attachedPolicyArns(), "group:" + g.name()));
    }
    return out;
  }

  /** Every identity policy of a role: inline and attached managed policies. */
  public List<AttachedPolicy> policiesOf(IamRole role) {
    List<AttachedPolicy> out = new ArrayList<>();
    addPolicies(out, role.arn(), role.inlinePolicies(), role.attachedPolicyArns(), "role");
    return out;
  }

  /** ARNs of managed policies attached to the user (directly or through groups) but not in the snapshot. */
  public List<String> missingPoliciesOf(IamUser user) {
    List<String> arns = new ArrayList<>(user.attachedPolicyArns());
    user.groupNames().forEach(g -> group(g).ifPresent(group -> arns.addAll(group.attachedPolicyArns())));
    return arns.stream().filter(a -> managedPolicy(a).flatMap(ManagedPolicy::document).isEmpty()).toList();
  }

  private void addPolicies(
      List<AttachedPolicy> out, String ownerArn, List<InlinePolicy> inline, List<String> attached, String via) {
    for (InlinePolicy p : inline) {
      out.add(new AttachedPolicy(ownerArn + "#inline/" + p.name(), p.name(), p.document(), via, true));
    }
    for (String arn : attached) {
      managedPolicy(arn).ifPresent(m -> m.document().ifPresent(d ->
          out.add(new AttachedPolicy(arn, m.name(), d, via, false))));
    }
  }

  public IamData iam() {
    return iam;
  }

  public Organizations organizations() {
    return organizations;
  }

  // ---- Helpers ----------------------------------------------------------------------------

  private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
    Map<String, T> m = new LinkedHashMap<>(capacityFor(items.size()));
    for (T t : items) {
      m.put(id.apply(t), t);
    }
    return Collections.unmodifiableMap(m);
  }

  private static <T> Map<String, T> firstById(Collection<T> items, Function<T, String> id) {
    Map<String, T> m = new HashMap<>();
    for (T t : items) {
      m.putIfAbsent(id.apply(t), t);
    }
    return Collections.unmodifiableMap(m);
  }

  private static <K, T> Map<K, List<T>> groupBy(Collection<T> items, Function<T, K> key) {
    return groupByMany(items, t -> List.of(key.apply(t)));
  }

  private static <K, T> Map<K, List<T>> groupByMany(Collection<T> items, Function<T, List<K>> keys) {
    Map<K, List<T>> m = new HashMap<>();
    for (T t : items) {
      for (K k : keys.apply(t)) {
        addTo(m, k, t);
      }
    }
    return frozen(m);
  }

  private static <K, T> void addTo(Map<K, List<T>> m, K key, T item) {
    m.computeIfAbsent(key, x -> new ArrayList<>(2)).add(item);
  }

  private static <K, T> Map<K, List<T>> frozen(Map<K, List<T>> m) {
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(m);
  }

  /** A hash map capacity that holds {@code n} entries without resizing. */
  private static int capacityFor(int n) {
    return (int) (n / 0.75f) + 1;
  }

  /** Collects resources; {@link #build()} freezes them and computes the indexes. */
  public static final class Builder {
    private Optional<String> accountId = Optional.empty();
    private final List<Vpc> vpcs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<RouteTable> routeTables = new ArrayList<>();
    private final List<InternetGateway> internetGateways = new ArrayList<>();
    private final List<NatGateway> natGateways = new ArrayList<>();
    private final List<SecurityGroup> securityGroups = new ArrayList<>();
    private final List<NetworkAcl> networkAcls = new ArrayList<>();
    private final List<NetworkInterface> networkInterfaces = new ArrayList<>();
    private final Set<String> networkInterfaceIds = new java.util.HashSet<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<ManagedPrefixList> prefixLists = new ArrayList<>();
    private final List<VpcPeeringConnection> peeringConnections = new ArrayList<>();
    private final List<Volume> volumes = new ArrayList<>();
    private final List<EbsSnapshot> ebsSnapshots = new ArrayList<>();
    private final List<EbsEncryptionDefault> ebsEncryptionDefaults = new ArrayList<>();
    private final List<DbInstance> dbInstances = new ArrayList<>();
    private final List<KmsKey> kmsKeys = new ArrayList<>();
    private final List<LambdaFunction> lambdaFunctions = new ArrayList<>();
    private final List<IamUser> users = new ArrayList<>();
    private final List<IamGroup> groups = new ArrayList<>();
    private final List<IamRole> roles = new ArrayList<>();
    private final List<ManagedPolicy> managedPolicies = new ArrayList<>();
    private IamData iam = IamData.NOT_COLLECTED;
    private final List<Bucket> buckets = new ArrayList<>();
    private Collected<PublicAccessBlock> accountPublicAccessBlock = Collected.notCollected();
    private Organizations organizations = Organizations.NOT_COLLECTED;
    private final Set<String> regions = new LinkedHashSet<>();
    private final Map<String, String> sources = new HashMap<>();
    private final List<LoadWarning> warnings = new ArrayList<>();

    private Builder() {}

    public Builder accountId(String id) {
      accountId = Optional.of(id);
      return this;
    }

    public Optional<String> accountId() {
      return accountId;
    }

    public Builder region(String region) {
      regions.add(region);
      return this;
    }

    /** Records the file (relative to the snapshot root) that holds a resource. */
    public Builder source(String resourceId, String file) {
      sources.putIfAbsent(resourceId, file);
      return this;
    }

    public Builder warning(LoadWarning w) {
      warnings.add(w);
      return this;
    }

    public Builder add(Vpc v) {
      vpcs.add(v);
      return this;
    }

    public Builder add(Subnet s) {
      subnets.add(s);
      return this;
    }

    public Builder add(RouteTable t) {
      routeTables.add(t);
      return this;
    }

    public Builder add(InternetGateway g) {
      internetGateways.add(g);
      return this;
    }

    public Builder add(NatGateway g) {
      natGateways.add(g);
      return this;
    }

    public Builder add(SecurityGroup g) {
      securityGroups.add(g);
      return this;
    }

    public Builder add(NetworkAcl a) {
      networkAcls.add(a);
      return this;
    }

    public Builder add(NetworkInterface n) {
      networkInterfaces.add(n);
      networkInterfaceIds.add(n.id());
      return this;
    }

    /** True when an interface with this ID was already added (instances also describe theirs). */
    public boolean hasNetworkInterface(String id) {
      return networkInterfaceIds.contains(id);
    }

    public Builder add(Instance i) {
      instances.add(i);
      return this;
    }

    public Builder add(ManagedPrefixList p) {
      prefixLists.add(p);
      return this;
    }

    public Builder add(VpcPeeringConnection p) {
      peeringConnections.add(p);
      return this;
    }

    public Builder add(Volume v) {
      volumes.add(v);
      return this;
    }

    public Builder add(EbsSnapshot s) {
      ebsSnapshots.add(s);
      return this;
    }

    public Builder add(EbsEncryptionDefault d) {
      ebsEncryptionDefaults.add(d);
      return this;
    }

    public Builder add(DbInstance d) {
      dbInstances.add(d);
      return this;
    }

    public Builder add(KmsKey k) {
      kmsKeys.add(k);
      return this;
    }

    public Builder add(LambdaFunction f) {
      lambdaFunctions.add(f);
      return this;
    }

    public Builder add(IamUser u) {
      users.add(u);
      return this;
    }

    public Builder add(IamGroup g) {
      groups.add(g);
      return this;
    }

    public Builder add(IamRole r) {
      roles.add(r);
      return this;
    }

    public Builder add(ManagedPolicy p) {
      managedPolicies.add(p);
      return this;
    }

    public Builder iam(IamData data) {
      iam = data;
      return this;
    }

    public Builder add(Bucket b) {
      buckets.add(b);
      return this;
    }

    public Builder accountPublicAccessBlock(Collected<PublicAccessBlock> block) {
      accountPublicAccessBlock = block;
      return this;
    }

    public Builder organizations(Organizations o) {
      organizations = o;
      return this;
    }

    public CloudModel build() {
      return new CloudModel(this);
    }
  }
}
