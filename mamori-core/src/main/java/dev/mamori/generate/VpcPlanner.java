package dev.mamori.generate;

import dev.mamori.generate.VpcPlan.Database;
import dev.mamori.generate.VpcPlan.Instance;
import dev.mamori.generate.VpcPlan.NatGateway;
import dev.mamori.generate.VpcPlan.Subnet;
import dev.mamori.generate.VpcPlan.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Plans one VPC from its slot. Each VPC has its own random stream seeded from (seed, VPC index), so
 * a VPC's content does not depend on the order or number of the others.
 */
final class VpcPlanner {
  /** One service security group per this many interfaces. */
  private static final int INTERFACES_PER_SERVICE_GROUP = 25;

  private VpcPlanner() {}

  static VpcPlan plan(Topology t, RegionContext region, Topology.VpcSlot slot) {
    Random random = new Random(Ids.mix(t.spec.seed() * 1_000_003L + slot.index()));
    String vpcId = t.ids.ec2("vpc", slot.index());
    Optional<String> ipv6 = slot.dualStack() ? Optional.of(ipv6Block(t, slot)) : Optional.empty();
    List<Subnet> subnets = subnets(t, region, slot, ipv6);
    List<RoutingPlanner.PeerLink> peers = peerLinks(t, slot);
    SecurityGroupPlanner.Groups groups = new SecurityGroupPlanner(t, region, slot, random, peers)
        .plan(Math.max(1, slot.interfaces() / INTERFACES_PER_SERVICE_GROUP));

    WorkloadPlanner workloads = new WorkloadPlanner(t, region, slot, random, subnets, groups, ipv6);
    List<NatGateway> nats = workloads.natGateways();
    List<Database> databases = workloads.databases();
    int managed = nats.size() + databases.size() + workloads.endpointInterfaces().size()
        + workloads.loadBalancerInterfaces().size() + workloads.lambdaInterfaces().size();
    List<Instance> instances = workloads.instances(slot.interfaces() - managed);

    String igw = t.ids.ec2("igw", slot.index());
    Optional<String> eigw = ipv6.map(c -> t.ids.ec2("eigw", slot.index()));
    RoutingPlanner routing = new RoutingPlanner(t, region, slot, ipv6, peers);
    return new VpcPlan(slot, vpcId, ipv6, igw, eigw, subnets,
        routing.routeTables(subnets, nats, igw, eigw, t.ids.ec2("vpce", slot.index())),
        routing.networkAcls(subnets), groups.all(), nats, instances, List.copyOf(workloads.interfaces()), databases);
  }

  /** Amazon-provided /56 blocks look like {@code 2600:1f18:4a2b:ce00::/56}. */
  private static String ipv6Block(Topology t, Topology.VpcSlot slot) {
    long bits = t.ids.bits("ipv6", slot.index());
    int third = 0x1000 + (int) ((bits >>> 8) & 0xffff) % 0xf000;
    int fourth = 0x10 + (int) (bits & 0xff) % 0xf0;
    return "2600:1f18:" + Integer.toHexString(third) + ":" + Integer.toHexString(fourth) + "00::/56";
  }

  /** Three tiers in three zones: /20s of the VPC's /16, and /64s of its /56 when dual-stack. */
  private static List<Subnet> subnets(Topology t, RegionContext region, Topology.VpcSlot slot, Optional<String> ipv6) {
    List<Subnet> out = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      for (int zone = 0; zone < 3; zone++) {
        int s = tier.ordinal() * 3 + zone;
        String cidr = "10." + slot.secondOctet() + "." + (s * 16) + ".0/20";
        Optional<String> v6 = ipv6.map(block -> block.replace("00::/56", "0" + Integer.toHexString(s) + "::/64"));
        out.add(new Subnet(t.ids.ec2("subnet", ((long) slot.index() << 24) | s), tier, region.zones().get(zone),
            region.zoneIds().get(zone), cidr, v6));
      }
    }
    return List.copyOf(out);
  }

  private static List<RoutingPlanner.PeerLink> peerLinks(Topology t, Topology.VpcSlot slot) {
    return t.peeringsOf(slot).stream()
        .map(p -> new RoutingPlanner.PeerLink(t.ids.ec2("pcx", p.index()),
            p.requester().equals(slot) ? p.accepter() : p.requester()))
        .toList();
  }
}
