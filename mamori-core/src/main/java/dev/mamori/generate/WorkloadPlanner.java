package dev.mamori.generate;

import dev.mamori.generate.VpcPlan.Database;
import dev.mamori.generate.VpcPlan.Eni;
import dev.mamori.generate.VpcPlan.EniKind;
import dev.mamori.generate.VpcPlan.Instance;
import dev.mamori.generate.VpcPlan.NatGateway;
import dev.mamori.generate.VpcPlan.PublicIp;
import dev.mamori.generate.VpcPlan.SecurityGroup;
import dev.mamori.generate.VpcPlan.Snapshot;
import dev.mamori.generate.VpcPlan.Subnet;
import dev.mamori.generate.VpcPlan.Tier;
import dev.mamori.generate.VpcPlan.Volume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What runs in one VPC, spending exactly its interface budget: NAT gateways, RDS instances (one
 * requester-managed interface each) and EC2 instances (one interface, sometimes two), with their
 * public addresses, volumes and snapshots.
 */
final class WorkloadPlanner {
  /** One RDS instance per this many interfaces. */
  private static final int INTERFACES_PER_DATABASE = 60;
  private static final List<String> WEB_TYPES = List.of("t3.medium", "m6i.large", "c6i.large", "c7g.large");
  private static final List<String> APP_TYPES = List.of("m6i.xlarge", "m5.large", "r6i.large", "t3.large", "c7g.xlarge",
      "m7g.large");
  private static final List<String> DATA_TYPES = List.of("r6i.2xlarge", "i4i.xlarge", "r5.xlarge");
  /** Old types that shared hardware (the 2018 pen-test policy forbade testing them). */
  private static final List<String> LEGACY_TYPES = List.of("t2.nano", "t2.micro", "m1.small", "t1.micro");
  private static final List<String> DB_CLASSES = List.of("db.t3.micro", "db.t3.medium", "db.r6g.large", "db.m6i.xlarge",
      "db.t4g.small");
  private static final int[] BACKUP_RETENTION = {0, 1, 7, 7, 14, 35};
  private static final List<String> ENDPOINT_SERVICES = List.of("ssm", "ssmmessages", "ec2messages", "secretsmanager");
  private static final int INTERFACES_FOR_ENDPOINTS = 100;
  private static final int INTERFACES_PER_LOAD_BALANCER = 100;
  private static final int LAMBDA_PERCENT = 10;
  /** Share of app instances that are EKS nodes, with three interfaces each (the VPC CNI adds two). */
  private static final int EKS_NODE_PERCENT = 20;

  private final Topology topology;
  private final RegionContext region;
  private final Topology.VpcSlot slot;
  private final Random random;
  private final List<Subnet> subnets;
  private final SecurityGroupPlanner.Groups groups;
  private final Optional<String> ipv6Cidr;
  private final int[] nextHost = new int[9];
  private final List<Eni> interfaces = new ArrayList<>();
  private int publicAddresses;
  private int volumeCount;
  private int snapshotCount;

  WorkloadPlanner(Topology topology, RegionContext region, Topology.VpcSlot slot, Random random, List<Subnet> subnets,
      SecurityGroupPlanner.Groups groups, Optional<String> ipv6Cidr) {
    this.topology = topology;
    this.region = region;
    this.slot = slot;
    this.random = random;
    this.subnets = subnets;
    this.groups = groups;
    this.ipv6Cidr = ipv6Cidr;
    java.util.Arrays.fill(nextHost, 10);
  }

  /** Every interface planned so far, in creation order. */
  List<Eni> interfaces() {
    return interfaces;
  }

  static int natGatewayCount(Topology.VpcSlot slot) {
    if (slot.interfaces() >= 40) {
      return slot.index() % 2 == 0 ? 3 : 1;
    }
    return slot.interfaces() >= 4 ? 1 : 0;
  }

  static int databaseCount(Topology.VpcSlot slot) {
    return slot.interfaces() / INTERFACES_PER_DATABASE;
  }

  List<NatGateway> natGateways() {
    List<NatGateway> nats = new ArrayList<>();
    for (int n = 0; n < natGatewayCount(slot); n++) {
      Subnet subnet = subnet(Tier.PUBLIC, n);
      String id = topology.ids.ec2("nat", key(n));
      String allocation = topology.ids.ec2("eipalloc", key(n));
      String address = nextPublicAddress();
      Instant created = SyntheticTime.between(random, 0, 0.2);
      Eni eni = addEni(EniKind.NAT_GATEWAY, subnet, List.of(),
          Optional.of(new PublicIp(address, Optional.of(allocation), Optional.of(topology.ids.ec2("eipassoc", key(n))))),
          Optional.empty(), 1, "Interface for NAT Gateway " + id, created, false);
      nats.add(new NatGateway(id, subnet, eni, allocation, address, SyntheticTime.seconds(created)));
    }
    return nats;
  }

  List<Database> databases() {
    List<Database> dbs = new ArrayList<>();
    for (int d = 0; d < databaseCount(slot); d++) {
      boolean publicDb = d == 0 && slot.index() % 10 == 7;
      boolean postgres = random.nextInt(3) != 0;
      Tier tier = publicDb ? Tier.PUBLIC : Tier.DATA;
      Subnet subnet = subnet(tier, random.nextInt(3));
      Instant created = SyntheticTime.between(random, 0, 0.8);
      Optional<PublicIp> ip = publicDb ? Optional.of(new PublicIp(nextPublicAddress(), Optional.empty(), Optional.empty()))
          : Optional.empty();
      Eni eni = addEni(EniKind.RDS, subnet, List.of(groups.rds()), ip, Optional.empty(), 1, "RDSNetworkInterface",
          created, false);
      boolean encrypted = random.nextInt(100) < 85;
      Optional<String> key = encrypted
          ? Optional.of(region.key(random.nextBoolean() ? "alias/rds-data" : "alias/aws/rds").arn())
          : Optional.empty();
      String identifier = Names.service(slot.index() + d) + "-" + (postgres ? "pg" : "mysql") + "-" + slot.index() + "-" + d;
      dbs.add(new Database(identifier, DB_CLASSES.get(random.nextInt(DB_CLASSES.size())),
          postgres ? "postgres" : "mysql", postgres ? "16.4" : "8.0.39", postgres ? 5432 : 3306, eni,
          subnets.stream().filter(s -> s.tier() == tier).toList(), encrypted, key, publicDb, random.nextBoolean(),
          BACKUP_RETENTION[random.nextInt(BACKUP_RETENTION.length)], SyntheticTime.micros(created),
          "db-" + topology.ids.hex("dbi", key(d), 26).toUpperCase(java.util.Locale.ROOT)));
    }
    return dbs;
  }

  /** Interface endpoints for Systems Manager and Secrets Manager, one interface per zone, in larger VPCs. */
  List<Eni> endpointInterfaces() {
    List<Eni> out = new ArrayList<>();
    if (slot.interfaces() < INTERFACES_FOR_ENDPOINTS) {
      return out;
    }
    for (String service : ENDPOINT_SERVICES) {
      String endpoint = topology.ids.ec2("vpce", key(out.size() + 1));
      for (int zone = 0; zone < 3; zone++) {
        out.add(addEni(EniKind.VPC_ENDPOINT, subnet(Tier.PRIVATE, zone), List.of(groups.endpoints()), Optional.empty(),
            Optional.empty(), 1, "VPC Endpoint Interface " + endpoint + " (" + service + ")",
            SyntheticTime.between(random, 0, 0.3), false));
      }
    }
    return out;
  }

  /** Internet-facing application load balancers: one interface with a public address in each public subnet. */
  List<Eni> loadBalancerInterfaces() {
    List<Eni> out = new ArrayList<>();
    for (int lb = 0; lb < slot.interfaces() / INTERFACES_PER_LOAD_BALANCER; lb++) {
      String name = "app/web-" + Names.service(slot.index() + lb) + "/" + topology.ids.hex("alb", key(lb), 16);
      Instant created = SyntheticTime.between(random, 0, 0.7);
      for (int zone = 0; zone < 3; zone++) {
        out.add(addEni(EniKind.LOAD_BALANCER, subnet(Tier.PUBLIC, zone), List.of(groups.web()),
            Optional.of(new PublicIp(nextPublicAddress(), Optional.empty(), Optional.empty())), Optional.empty(), 1,
            "ELB " + name, created, false));
      }
    }
    return out;
  }

  /** Hyperplane interfaces of VPC-attached Lambda functions, in the private subnets. */
  List<Eni> lambdaInterfaces() {
    List<Eni> out = new ArrayList<>();
    int count = slot.interfaces() * LAMBDA_PERCENT / 100;
    for (int n = 0; n < count; n++) {
      List<SecurityGroup> sgs = groups.services().isEmpty() ? List.of(groups.app())
          : List.of(groups.services().get(random.nextInt(groups.services().size())));
      String function = Names.service(random.nextInt(Names.SERVICES.size())) + "-worker";
      out.add(addEni(EniKind.LAMBDA, subnet(Tier.PRIVATE, n), sgs, Optional.empty(), Optional.empty(), 1,
          "AWS Lambda VPC ENI-" + function + "-" + topology.ids.uuid("lambda", key(n)), SyntheticTime.between(random, 0.3, 1),
          false));
    }
    return out;
  }

  /** Instances until the VPC's interface budget is spent. */
  List<Instance> instances(int budget) {
    List<Instance> out = new ArrayList<>();
    int remaining = budget;
    while (remaining > 0) {
      Instance i = instance(out.size(), remaining);
      out.add(i);
      remaining -= i.interfaces().size();
    }
    return out;
  }

  private Instance instance(int n, int remaining) {
    String id = topology.ids.ec2("i", key(n));
    Role role = n == 0 && slot.interfaces() >= 10 ? Role.BASTION : Role.pick(random.nextInt(100));
    Subnet subnet = subnet(role.tier, random.nextInt(3));
    String type = random.nextInt(100) == 0 ? pick(LEGACY_TYPES) : role.type(this);
    Instant launched = SyntheticTime.between(random, 0, 0.98);
    List<SecurityGroup> sgs = groupsFor(role);
    Optional<PublicIp> publicIp = publicIpFor(role, n);
    List<Eni> enis = new ArrayList<>();
    enis.add(addEni(EniKind.INSTANCE, subnet, sgs, publicIp, Optional.of(id), 0, role == Role.APP ? "" : "Primary network interface",
        launched, role.tier != Tier.DATA && random.nextInt(10) < 6));
    if (remaining >= 3 && role == Role.APP && random.nextInt(100) < EKS_NODE_PERCENT) {
      for (int device = 1; device <= 2; device++) {
        enis.add(addEni(EniKind.INSTANCE, subnet, sgs, Optional.empty(), Optional.of(id), device, "aws-K8S-" + id,
            launched, false));
      }
    } else if (remaining >= 2 && role == Role.APP && random.nextInt(100) < 6) {
      Subnet data = subnets.stream().filter(s -> s.tier() == Tier.DATA && s.availabilityZone().equals(subnet.availabilityZone()))
          .findFirst().orElseThrow();
      enis.add(addEni(EniKind.INSTANCE, data, List.of(groups.data()), Optional.empty(), Optional.of(id), 1,
          "Replication interface", launched, false));
    }
    String service = Names.service(random.nextInt(Names.SERVICES.size()));
    boolean windows = role == Role.APP && random.nextInt(100) < 5;
    String name = role == Role.BASTION ? "bastion-" + region.region() + "-" + slot.ordinalInRegion()
        : role.label + "-" + service + "-" + String.format(java.util.Locale.ROOT, "%03d", n);
    return new Instance(id, name, role.tier, role.label, type, "ami-0" + topology.ids.hex("ami", random.nextInt(40), 16),
        windows ? Optional.of("windows") : Optional.empty(), "ops-" + region.region(), SyntheticTime.seconds(launched),
        List.copyOf(enis), volumes(id, role, launched), Optional.of(IamPlanner.instanceProfileFor(role.label, service)),
        random.nextInt(10) < 7 ? "required" : "optional", Names.team(random.nextInt(Names.TEAMS.size())));
  }

  private List<SecurityGroup> groupsFor(Role role) {
    if (role != Role.BASTION && random.nextInt(100) < 2) {
      return List.of(groups.defaultGroup());
    }
    List<SecurityGroup> sgs = new ArrayList<>(List.of(role.group(groups)));
    int extra = role == Role.APP ? random.nextInt(4) : random.nextInt(10) < 3 ? 1 : 0;
    for (int k = 0; k < extra && !groups.services().isEmpty(); k++) {
      SecurityGroup g = groups.services().get(random.nextInt(groups.services().size()));
      if (!sgs.contains(g)) {
        sgs.add(g);
      }
    }
    return sgs;
  }

  private Optional<PublicIp> publicIpFor(Role role, int n) {
    boolean wantsIp = role == Role.BASTION || role == Role.WEB
        // A private subnet with MapPublicIpOnLaunch left on: an address with no route from the internet.
        || (role == Role.APP && random.nextInt(100) < 2);
    if (!wantsIp) {
      return Optional.empty();
    }
    String address = nextPublicAddress();
    if (role == Role.BASTION || random.nextInt(4) == 0) {
      return Optional.of(new PublicIp(address, Optional.of(topology.ids.ec2("eipalloc", key(1000 + n))),
          Optional.of(topology.ids.ec2("eipassoc", key(1000 + n)))));
    }
    return Optional.of(new PublicIp(address, Optional.empty(), Optional.empty()));
  }

  private List<Volume> volumes(String instanceId, Role role, Instant launched) {
    List<Volume> out = new ArrayList<>();
    int[] rootSizes = {8, 16, 20, 30, 50, 100};
    out.add(volume("/dev/xvda", rootSizes[random.nextInt(rootSizes.length)], random.nextInt(5) == 0 ? "gp2" : "gp3",
        launched, "snap-0" + topology.ids.hex("ami-snap", random.nextInt(40), 16), random.nextInt(10) == 0 ? 1 : 0));
    if (role == Role.DATA || (role == Role.APP && random.nextInt(100) < 15)) {
      out.add(volume("/dev/sdf", role == Role.DATA ? 500 + random.nextInt(1500) : 100 + random.nextInt(400),
          random.nextBoolean() ? "gp3" : "io2", launched, "", role == Role.DATA ? 2 : 0));
    }
    return out;
  }

  private Volume volume(String device, int size, String type, Instant created, String sourceSnapshot, int snapshots) {
    String id = topology.ids.ec2("vol", key(volumeCount++));
    boolean encrypted = random.nextInt(100) < (region.ebsEncryptionByDefault() ? 95 : 40);
    Optional<String> kms = encrypted
        ? Optional.of(region.key(random.nextBoolean() ? "alias/ebs-workloads" : "alias/aws/ebs").arn())
        : Optional.empty();
    List<Snapshot> snaps = new ArrayList<>();
    for (int s = 0; s < snapshots; s++) {
      snaps.add(snapshot(id, size, kms, s, sourceSnapshot.isEmpty()));
    }
    return new Volume(id, device, size, type, kms, sourceSnapshot, SyntheticTime.micros(created), List.copyOf(snaps));
  }

  private Snapshot snapshot(String volumeId, int size, Optional<String> kms, int s, boolean dataVolume) {
    int n = snapshotCount++;
    Instant start = dataVolume
        ? SyntheticTime.SNAPSHOT_TIME.minusSeconds(86_400L * (s + 1) + random.nextInt(3600))
        : SyntheticTime.between(random, 0.1, 0.6);
    // A golden-image snapshot made public by mistake, and DR copies shared with the management account.
    boolean makePublic = n == 0 && slot.index() % 25 == 1;
    Optional<String> shared = dataVolume && n <= 2 && slot.index() % 10 == 1
        ? Optional.of(topology.managementAccountId) : Optional.empty();
    return new Snapshot(topology.ids.ec2("snap", key(n)), volumeId, size, kms, SyntheticTime.micros(start),
        dataVolume ? "Daily backup (AWS Backup plan daily-35d)" : "Golden image before OS upgrade", makePublic, shared);
  }

  private Eni addEni(EniKind kind, Subnet subnet, List<SecurityGroup> sgs, Optional<PublicIp> publicIp,
      Optional<String> instanceId, int deviceIndex, String description, Instant attached, boolean wantsIpv6) {
    int n = interfaces.size();
    int s = subnets.indexOf(subnet);
    int host = nextHost[s]++;
    // Subnet s is 10.x.(16 s).0/20 (see VpcPlanner): its host h is at 10.x.(16 s + h / 256).(h % 256).
    int third = s * 16 + host / 256;
    String ip = "10." + slot.secondOctet() + "." + third + "." + (host % 256);
    Optional<String> ipv6 = wantsIpv6 && subnet.ipv6Cidr().isPresent()
        ? Optional.of(subnet.ipv6Cidr().get().replace("::/64", ":") + hexGroups(n))
        : Optional.empty();
    String mac = macAddress(topology.ids.hex("mac", key(n), 10));
    Eni eni = new Eni(topology.ids.ec2("eni", key(n)), kind, subnet, ip, ipv6, List.copyOf(sgs), publicIp, instanceId,
        deviceIndex, description, mac, SyntheticTime.seconds(attached));
    interfaces.add(eni);
    return eni;
  }

  /** {@code 0e:} and five octets: a locally administered MAC, as AWS assigns them. */
  private static String macAddress(String tenHex) {
    StringBuilder b = new StringBuilder(17).append("0e");
    for (int i = 0; i < 10; i += 2) {
      b.append(':').append(tenHex, i, i + 2);
    }
    return b.toString();
  }

  /** The interface half of an IPv6 address, in the compressed form AWS prints (no leading zeros). */
  private String hexGroups(int n) {
    String h = topology.ids.hex("ipv6-host", key(n), 16);
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < 16; g += 4) {
      groups.add(Integer.toHexString(Integer.parseInt(h.substring(g, g + 4), 16)));
    }
    return String.join(":", groups);
  }

  /** Public IPv4 addresses from a block of the VPC's region, unique across the estate. */
  private String nextPublicAddress() {
    int x = slot.index() * 1024 + publicAddresses++;
    int[] base = switch (region.region()) {
      case "us-east-1" -> new int[] {44, 192};
      case "eu-west-1" -> new int[] {34, 240};
      default -> new int[] {54, 64};
    };
    return base[0] + "." + (base[1] + (x >> 16) % 60) + "." + ((x >> 8) & 255) + "." + Math.max(1, x & 255);
  }

  private Subnet subnet(Tier tier, int zone) {
    return subnets.stream().filter(s -> s.tier() == tier).toList().get(zone % 3);
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private long key(int k) {
    return ((long) slot.index() << 24) | k;
  }

  /** What an instance is for. */
  private enum Role {
    BASTION("bastion", Tier.PUBLIC),
    WEB("web", Tier.PUBLIC),
    APP("app", Tier.PRIVATE),
    DATA("data", Tier.DATA);

    final String label;
    final Tier tier;

    Role(String label, Tier tier) {
      this.label = label;
      this.tier = tier;
    }

    /** 15% web, 70% app, 15% data. */
    static Role pick(int percent) {
      return percent < 15 ? WEB : percent < 85 ? APP : DATA;
    }

    String type(WorkloadPlanner p) {
      return switch (this) {
        case BASTION -> "t3.micro";
        case WEB -> p.pick(WEB_TYPES);
        case APP -> p.pick(APP_TYPES);
        case DATA -> p.pick(DATA_TYPES);
      };
    }

    SecurityGroup group(SecurityGroupPlanner.Groups g) {
      return switch (this) {
        case BASTION -> g.bastion();
        case WEB -> g.web();
        case APP -> g.app();
        case DATA -> g.data();
      };
    }
  }
}
