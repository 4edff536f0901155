package dev.mamori.generate;

import java.util.List;
import java.util.Optional;

/**
 * Everything one VPC holds, planned in memory (a few hundred interfaces at most) and then written
 * into the region's files. The records say what exists; {@link Ec2Writer} and friends say how the
 * AWS CLI prints it.
 */
record VpcPlan(
    Topology.VpcSlot slot,
    String id,
    Optional<String> ipv6Cidr,
    String internetGatewayId,
    Optional<String> egressOnlyGatewayId,
    List<Subnet> subnets,
    List<RouteTable> routeTables,
    List<NetworkAcl> networkAcls,
    List<SecurityGroup> securityGroups,
    List<NatGateway> natGateways,
    List<Instance> instances,
    List<Eni> interfaces,
    List<Database> databases) {

  /** The three tiers of a classic VPC. */
  enum Tier {
    PUBLIC("public"),
    PRIVATE("private"),
    DATA("data");

    final String label;

    Tier(String label) {
      this.label = label;
    }
  }

  record Subnet(String id, Tier tier, String availabilityZone, String zoneId, String cidr, Optional<String> ipv6Cidr) {}

  record Route(String destination, String destinationField, String targetField, String targetId, String origin) {}

  record RouteTable(String id, String name, boolean main, List<Route> routes, List<String> subnetIds) {}

  /** One NACL entry; {@code fromPort == -1} means no port range (all protocols, or ICMP). */
  record NaclEntry(int number, boolean egress, String protocol, boolean allow, String cidr, int fromPort, int toPort) {
    boolean ipv6() {
      return cidr.contains(":");
    }
  }

  record NetworkAcl(String id, String name, boolean isDefault, List<NaclEntry> entries, List<String> subnetIds) {}

  /** One source or destination of a security group rule. */
  sealed interface Peer {}

  record CidrPeer(String cidr, String description) implements Peer {}

  record PrefixListPeer(String prefixListId, String description) implements Peer {}

  /** A group of this VPC, or (with the VPC and the peering) of a peered VPC. */
  record GroupPeer(String groupId, String userId, String description, Optional<String> vpcId,
      Optional<String> peeringId) implements Peer {}

  /** One IpPermission; {@code fromPort}/{@code toPort} are ICMP type/code for ICMP, unused for "-1". */
  record Permission(String protocol, int fromPort, int toPort, List<Peer> peers) {}

  record SecurityGroup(String id, String name, String description, List<Permission> ingress, List<Permission> egress,
      String team) {}

  record NatGateway(String id, Subnet subnet, Eni eni, String allocationId, String publicIp, String createTime) {}

  /** A public IPv4 address on an interface: auto-assigned (owned by Amazon) or an Elastic IP. */
  record PublicIp(String address, Optional<String> allocationId, Optional<String> associationId) {}

  /**
   * Who created an interface, with what {@code describe-network-interfaces} then says: its type,
   * the requester of a managed interface, and the owner named in its attachment.
   */
  enum EniKind {
    INSTANCE("interface", "", ""),
    NAT_GATEWAY("nat_gateway", "441736186357", "amazon-aws"),
    RDS("interface", "amazon-rds", "amazon-rds"),
    LOAD_BALANCER("interface", "amazon-elb", "amazon-elb"),
    VPC_ENDPOINT("vpc_endpoint", "727180483921", "amazon-aws"),
    LAMBDA("lambda", "AROA3XFRBF23ZDHZMIQVG:awslambda_743", "amazon-aws");

    final String interfaceType;
    final String requesterId;
    final String attachmentOwner;

    EniKind(String interfaceType, String requesterId, String attachmentOwner) {
      this.interfaceType = interfaceType;
      this.requesterId = requesterId;
      this.attachmentOwner = attachmentOwner;
    }

    boolean requesterManaged() {
      return this != INSTANCE;
    }
  }

  record Eni(String id, EniKind kind, Subnet subnet, String privateIp, Optional<String> ipv6Address,
      List<SecurityGroup> groups, Optional<PublicIp> publicIp, Optional<String> instanceId, int deviceIndex,
      String description, String macAddress, String attachTime) {
    String privateDnsName(String region) {
      String host = "ip-" + privateIp.replace('.', '-');
      return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }
  }

  record Snapshot(String id, String volumeId, int sizeGiB, Optional<String> kmsKeyArn, String startTime,
      String description, boolean publiclyRestorable, Optional<String> sharedWithAccount) {}

  record Volume(String id, String device, int sizeGiB, String volumeType, Optional<String> kmsKeyArn,
      String sourceSnapshotId, String createTime, List<Snapshot> snapshots) {
    boolean encrypted() {
      return kmsKeyArn.isPresent();
    }
  }

  record Instance(String id, String name, Tier tier, String role, String instanceType, String imageId,
      Optional<String> platform, String keyName, String launchTime, List<Eni> interfaces, List<Volume> volumes,
      Optional<String> instanceProfileName, String httpTokens, String team) {}

  record Database(String identifier, String instanceClass, String engine, String engineVersion, int port,
      Eni eni, List<Subnet> subnetGroup, boolean encrypted, Optional<String> kmsKeyArn, boolean publiclyAccessible,
      boolean multiAz, int backupRetentionDays, String createTime, String resourceId) {}
}
