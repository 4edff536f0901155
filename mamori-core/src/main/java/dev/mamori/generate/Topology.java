package dev.mamori.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape of the whole synthetic estate, decided before anything is written: the account, the
 * regions, how many VPCs each holds, how many interfaces each VPC gets, and which VPCs are peered.
 * Everything else is planned one VPC at a time from this.
 */
final class Topology {
  /** Regions and the share of VPCs each gets: most workloads in one region, the rest spread out. */
  static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-northeast-1");
  /** A VPC of a few hundred interfaces is typical of a team's workload VPC. */
  static final int INTERFACES_PER_VPC = 500;
  /** A peering for one VPC pair in every this many VPCs of a region. */
  private static final int PEERING_EVERY = 10;

  final GeneratorSpec spec;
  final Ids ids;
  final String accountId;
  final String managementAccountId;
  final List<VpcSlot> vpcs;
  final List<Peering> peerings;

  /** One VPC's place in the estate. {@code index} is global; CIDRs and IDs derive from it. */
  record VpcSlot(int index, String region, int ordinalInRegion, int interfaces) {
    /** 10.x.0.0/16; beyond 256 VPCs the blocks repeat, as they do across real organisations. */
    String cidr() {
      return "10." + (index % 256) + ".0.0/16";
    }

    int secondOctet() {
      return index % 256;
    }

    /** One VPC in three is dual-stack. */
    boolean dualStack() {
      return index % 3 == 0;
    }
  }

  /** A VPC peering between two VPCs (possibly across regions). */
  record Peering(int index, VpcSlot requester, VpcSlot accepter) {}

  private Topology(GeneratorSpec spec) {
    this.spec = spec;
    this.ids = new Ids(spec.seed());
    this.accountId = accountNumber(ids, 0);
    this.managementAccountId = accountNumber(ids, 1);
    this.vpcs = layOutVpcs(spec.interfaces());
    this.peerings = layOutPeerings();
  }

  static Topology of(GeneratorSpec spec) {
    return new Topology(spec);
  }

  private static String accountNumber(Ids ids, int index) {
    long v = Long.remainderUnsigned(ids.bits("account", index), 900_000_000_000L) + 100_000_000_000L;
    return String.format(Locale.ROOT, "%012d", v);
  }

  private static List<VpcSlot> layOutVpcs(int interfaces) {
    int count = Math.max(REGIONS.size(), (interfaces + INTERFACES_PER_VPC - 1) / INTERFACES_PER_VPC);
    int third = Math.max(1, count / 5);
    int second = Math.max(1, count * 3 / 10);
    int[] perRegion = {count - second - third, second, third};
    List<VpcSlot> out = new ArrayList<>(count);
    int base = interfaces / count;
    int extra = interfaces % count;
    int index = 0;
    for (int r = 0; r < REGIONS.size(); r++) {
      for (int k = 0; k < perRegion[r]; k++) {
        out.add(new VpcSlot(index, REGIONS.get(r), k, base + (index < extra ? 1 : 0)));
        index++;
      }
    }
    return List.copyOf(out);
  }

  List<VpcSlot> vpcsIn(String region) {
    return vpcs.stream().filter(v -> v.region().equals(region)).toList();
  }

  /**
   * Peerings: neighbouring VPCs of a region now and then (only where their CIDRs cannot overlap),
   * and one cross-region peering between the first VPCs of the first two regions.
   */
  private List<Peering> layOutPeerings() {
    List<Peering> out = new ArrayList<>();
    List<VpcSlot> first = vpcsIn(REGIONS.get(0));
    List<VpcSlot> second = vpcsIn(REGIONS.get(1));
    if (first.get(0).secondOctet() != second.get(0).secondOctet()) {
      out.add(new Peering(0, first.get(0), second.get(0)));
    }
    for (String region : REGIONS) {
      List<VpcSlot> in = vpcsIn(region);
      for (int k = 0; k + 1 < in.size(); k += PEERING_EVERY) {
        VpcSlot a = in.get(k);
        VpcSlot b = in.get(k + 1);
        if (b.index() < 256) {
          out.add(new Peering(out.size(), a, b));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The peerings one VPC takes part in. */
  List<Peering> peeringsOf(VpcSlot vpc) {
    return peerings.stream().filter(p -> p.requester().equals(vpc) || p.accepter().equals(vpc)).toList();
  }
}
