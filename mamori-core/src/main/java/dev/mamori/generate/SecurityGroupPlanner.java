package dev.mamori.generate;

import dev.mamori.generate.VpcPlan.CidrPeer;
import dev.mamori.generate.VpcPlan.GroupPeer;
import dev.mamori.generate.VpcPlan.Peer;
import dev.mamori.generate.VpcPlan.Permission;
import dev.mamori.generate.VpcPlan.PrefixListPeer;
import dev.mamori.generate.VpcPlan.SecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The security groups of one VPC: the default group, one group per tier (bastion, web, app, data,
 * RDS) and per-service groups whose rules mix CIDRs, group references, prefix lists, IPv6 and ICMP
 * — never more than the default quota of 60 rules per direction.
 */
final class SecurityGroupPlanner {
  static final int MAX_RULES_PER_DIRECTION = 60;
  /** Partner and office ranges (documentation ranges, never routed on the internet). */
  static final String OFFICE_VPN = "203.0.113.0/24";
  static final String PARTNER = "198.51.100.0/24";
  /** Ordinal of the app tier's group in every VPC. */
  private static final int APP = 3;

  /** The groups every tier uses, and the per-service groups. */
  record Groups(SecurityGroup defaultGroup, SecurityGroup bastion, SecurityGroup web, SecurityGroup app,
      SecurityGroup data, SecurityGroup rds, SecurityGroup endpoints, List<SecurityGroup> services) {
    List<SecurityGroup> all() {
      List<SecurityGroup> out = new ArrayList<>(List.of(defaultGroup, bastion, web, app, data, rds, endpoints));
      out.addAll(services);
      return out;
    }
  }

  private final Topology topology;
  private final RegionContext region;
  private final Topology.VpcSlot slot;
  private final Random random;
  private final List<RoutingPlanner.PeerLink> peers;

  SecurityGroupPlanner(Topology topology, RegionContext region, Topology.VpcSlot slot, Random random,
      List<RoutingPlanner.PeerLink> peers) {
    this.topology = topology;
    this.region = region;
    this.slot = slot;
    this.random = random;
    this.peers = peers;
  }

  Groups plan(int serviceGroups) {
    String defaultId = id(0);
    SecurityGroup defaultGroup = new SecurityGroup(defaultId, "default", "default VPC security group",
        List.of(new Permission("-1", 0, 0, List.of(groupPeer(defaultId, "")))), allOutbound(), "platform");
    SecurityGroup bastion = bastion();
    SecurityGroup web = web(bastion);
    SecurityGroup app = app(web, bastion);
    SecurityGroup data = data(app, bastion);
    SecurityGroup rds = rds(app, data);
    SecurityGroup endpoints = new SecurityGroup(id(6), "vpc-endpoints", "Interface endpoints (SSM, Secrets Manager)",
        List.of(tcp(443, List.of(new CidrPeer(slot.cidr(), "HTTPS from the VPC")))), List.of(), "platform");
    List<SecurityGroup> services = new ArrayList<>();
    for (int k = 0; k < serviceGroups; k++) {
      services.add(service(k, app, data, services));
    }
    return new Groups(defaultGroup, bastion, web, app, data, rds, endpoints, List.copyOf(services));
  }

  private SecurityGroup bastion() {
    List<Peer> ssh = new ArrayList<>(List.of(
        new PrefixListPeer(region.corporatePrefixListId(), "Corporate offices"),
        new CidrPeer(OFFICE_VPN, "Client VPN egress")));
    // Now and then someone opens SSH to the world "for a minute" and forgets it.
    if (slot.index() % 7 == 3) {
      ssh.add(new CidrPeer("0.0.0.0/0", "temporary: vendor troubleshooting"));
    }
    return new SecurityGroup(id(1), "bastion", "SSH jump hosts", List.of(tcp(22, ssh)), allOutbound(), "platform");
  }

  private SecurityGroup web(SecurityGroup bastion) {
    List<Peer> world = new ArrayList<>(List.of(new CidrPeer("0.0.0.0/0", "")));
    if (slot.dualStack()) {
      world.add(new CidrPeer("::/0", ""));
    }
    List<Permission> in = List.of(tcp(443, world), tcp(80, world),
        new Permission("icmp", 3, 4, List.of(new CidrPeer("0.0.0.0/0", "Path MTU discovery"))),
        tcp(22, List.of(groupPeer(bastion.id(), "SSH from bastion"))));
    return new SecurityGroup(id(2), "web-frontend", "Public web tier", in, allOutbound(), "storefront");
  }

  private SecurityGroup app(SecurityGroup web, SecurityGroup bastion) {
    List<Permission> in = List.of(
        tcp(8080, List.of(groupPeer(web.id(), "From web tier"))),
        tcp(22, List.of(groupPeer(bastion.id(), "SSH from bastion"))),
        tcp(9100, List.of(new PrefixListPeer(region.corporatePrefixListId(), "Prometheus node exporter"))));
    return new SecurityGroup(id(APP), "app-backend", "Application tier", in, allOutbound(), "platform");
  }

  private SecurityGroup data(SecurityGroup app, SecurityGroup bastion) {
    List<Permission> in = new ArrayList<>(List.of(
        tcp(6379, List.of(groupPeer(app.id(), "Redis from app tier"))),
        tcp(9092, List.of(groupPeer(app.id(), "Kafka from app tier"))),
        tcp(22, List.of(groupPeer(bastion.id(), "SSH from bastion")))));
    for (RoutingPlanner.PeerLink peer : peers) {
      // The mirror by address, and the peered VPC's app tier by group, across the peering.
      in.add(tcp(9092, List.of(new CidrPeer(peer.peerCidr(), "Kafka mirror in peered VPC"),
          new GroupPeer(groupId(peer.peer(), APP), topology.accountId, "App tier of the peered VPC",
              Optional.of(topology.ids.ec2("vpc", peer.peer().index())), Optional.of(peer.peeringId())))));
    }
    return new SecurityGroup(id(4), "data-stores", "Self-managed data stores", in, allOutbound(), "data");
  }

  private SecurityGroup rds(SecurityGroup app, SecurityGroup data) {
    List<Permission> in = List.of(
        tcp(5432, List.of(groupPeer(app.id(), "PostgreSQL from app tier"), groupPeer(data.id(), "ETL"))),
        tcp(3306, List.of(groupPeer(app.id(), "MySQL from app tier"))));
    return new SecurityGroup(id(5), "rds", "RDS instances", in, List.of(), "data");
  }

  /** A service's own group: a realistic jumble that grew over the years. */
  private SecurityGroup service(int k, SecurityGroup app, SecurityGroup data, List<SecurityGroup> earlier) {
    String service = Names.service(slot.index() * 7 + k);
    int wanted = 3 + (random.nextInt(10) == 0 ? random.nextInt(MAX_RULES_PER_DIRECTION - 2) : random.nextInt(15));
    List<Permission> in = new ArrayList<>();
    int rules = 0;
    while (rules < wanted) {
      Permission p = randomPermission(app, earlier);
      if (rules + p.peers().size() > MAX_RULES_PER_DIRECTION) {
        break;
      }
      in.add(p);
      rules += p.peers().size();
    }
    List<Permission> out = random.nextInt(10) < 7 ? allOutbound() : restrictedOutbound(data);
    return new SecurityGroup(id(10 + k), "svc-" + service + "-" + k, "Service " + service, in, out, Names.team(k));
  }

  private Permission randomPermission(SecurityGroup app, List<SecurityGroup> earlier) {
    int port = 1024 + random.nextInt(8000);
    int roll = random.nextInt(100);
    if (roll < 40) {
      List<Peer> peers = new ArrayList<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        peers.add(new CidrPeer("10." + slot.secondOctet() + "." + random.nextInt(256) + ".0/24", ""));
      }
      return tcp(port, peers);
    }
    if (roll < 55) {
      SecurityGroup source = earlier.isEmpty() || random.nextBoolean() ? app : earlier.get(random.nextInt(earlier.size()));
      return tcp(port, List.of(groupPeer(source.id(), "from " + source.name())));
    }
    if (roll < 65) {
      int from = 1024 * (1 + random.nextInt(30));
      return new Permission("tcp", from, from + random.nextInt(1024), List.of(new CidrPeer(PARTNER, "Partner integration")));
    }
    if (roll < 75) {
      return tcp(port, List.of(new PrefixListPeer(region.corporatePrefixListId(), "Corporate offices")));
    }
    if (roll < 85) {
      if (slot.dualStack()) {
        return tcp(443, List.of(new CidrPeer("::/0", "IPv6 clients"),
            new PrefixListPeer(region.corporateIpv6PrefixListId(), "Corporate offices (IPv6)")));
      }
      return tcp(443, List.of(new CidrPeer("0.0.0.0/0", "")));
    }
    if (roll < 95) {
      int from = 10000 + random.nextInt(20000);
      return new Permission("udp", from, from + 99, List.of(new CidrPeer(slot.cidr(), "Telemetry from VPC")));
    }
    return new Permission("icmp", 8, -1, List.of(new CidrPeer(slot.cidr(), "ping from VPC")));
  }

  private List<Permission> allOutbound() {
    List<Peer> everywhere = new ArrayList<>(List.of(new CidrPeer("0.0.0.0/0", "")));
    if (slot.dualStack()) {
      everywhere.add(new CidrPeer("::/0", ""));
    }
    return List.of(new Permission("-1", 0, 0, everywhere));
  }

  private List<Permission> restrictedOutbound(SecurityGroup data) {
    return List.of(
        tcp(443, List.of(new CidrPeer("0.0.0.0/0", "HTTPS out"))),
        tcp(6379, List.of(groupPeer(data.id(), "Redis"))),
        new Permission("udp", 53, 53, List.of(new CidrPeer("10." + slot.secondOctet() + ".0.2/32", "VPC resolver"))));
  }

  private static Permission tcp(int port, List<Peer> peers) {
    return new Permission("tcp", port, port, List.copyOf(peers));
  }

  private GroupPeer groupPeer(String groupId, String description) {
    return new GroupPeer(groupId, topology.accountId, description, Optional.empty(), Optional.empty());
  }

  private String id(int k) {
    return groupId(slot, k);
  }

  /** Group IDs derive from (VPC, ordinal), so a peered VPC's groups can be named without planning it. */
  private String groupId(Topology.VpcSlot vpc, int k) {
    return topology.ids.ec2("sg", ((long) vpc.index() << 24) | k);
  }
}
