package dev.mamori.net.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.RandomNetworks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random small networks: for random flows between interfaces, from internet addresses
 * and to internet addresses, the engine's verdict, blocking component kind and path equal the
 * brute-force reference's.
 */
class ReachAgreesWithReferenceTest {

  private static final int NETWORKS = 1000;
  private static final String[] OUTSIDE = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "9.9.9.9", "128.1.2.3",
      "2600::1", "2606:4700::1111", "192.168.1.1"};
  private static final int[] PORTS = {22, 80, 443, 1500, 8080, 40000};

  @Test
  void verdictsAgree() {
    Random random = new Random(424242);
    Map<Verdict, Integer> seen = new EnumMap<>(Verdict.class);
    Map<String, Integer> blockers = new java.util.TreeMap<>();
    long engineNanos = 0;
    long start = System.nanoTime();
    for (int n = 0; n < NETWORKS; n++) {
      RandomNetworks.Network net = RandomNetworks.generate(random);
      CloudModel m = net.model();
      ReachabilityAnalyzer engine = new ReachabilityAnalyzer(NetworkTopology.of(m));
      ReferenceReach reference = new ReferenceReach(m);
      for (int k = 0; k < 12; k++) {
        Case c = randomCase(random, m, net.interfaceIds());
        if (c == null) {
          continue;
        }
        long t0 = System.nanoTime();
        ReachResult actual = engine.analyze(c.query);
        engineNanos += System.nanoTime() - t0;
        ReferenceReach.Outcome expected = c.fromInternet
            ? reference.fromInternet(c.endpoint, actual.packet()) : reference.fromInterface(c.endpoint, actual.packet());
        String why = "network " + n + " flow " + actual.packet() + " " + c.query.source() + " -> " + c.query.destination()
            + "\n engine: " + describe(actual) + "\n reference: " + expected
            + "\n groups: " + m.securityGroups().stream().filter(g -> c.endpoint.securityGroupIds().contains(g.id()))
                .map(g -> g.id() + " in " + g.ingress() + " out " + g.egress()).toList();
        assertThat(actual.verdict()).as(why).isEqualTo(expected.verdict());
        if (expected.verdict() == Verdict.DENIED) {
          assertThat(actual.blockedBy().orElseThrow().kind()).as(why).isEqualTo(expected.blockerKind());
          assertThat(actual.blockedBy().orElseThrow().path()).as(why).isEqualTo(expected.path());
          blockers.merge(expected.blockerKind() + "/" + expected.path(), 1, Integer::sum);
        }
        seen.merge(actual.verdict(), 1, Integer::sum);
      }
    }
    System.out.println("reach agreement: " + seen + " blockers " + blockers + " engine ms " + engineNanos / 1_000_000
        + " total ms " + (System.nanoTime() - start) / 1_000_000);
    assertThat(seen.getOrDefault(Verdict.ALLOWED, 0)).isGreaterThan(400);
    assertThat(seen.getOrDefault(Verdict.DENIED, 0)).isGreaterThan(1000);
    assertThat(blockers.keySet()).contains("security-group/forward", "network-acl/forward", "network-acl/return",
        "route/forward", "route/return", "no-public-ip/forward", "no-destination/forward");
  }

  private record Case(FlowQuery query, NetworkInterface endpoint, boolean fromInternet) {}

  private static Case randomCase(Random r, CloudModel m, List<String> ids) {
    NetworkInterface a = m.networkInterface(ids.get(r.nextInt(ids.size()))).orElseThrow();
    int protocol = new int[] {6, 6, 17, 1, 47}[r.nextInt(5)];
    int port = PORTS[r.nextInt(PORTS.length)];
    int sourcePort = r.nextInt(4) == 0 ? 1000 : 49152;
    int icmpType = new int[] {-1, 3, 0}[r.nextInt(3)];
    switch (r.nextInt(3)) {
      case 0 -> {
        NetworkInterface b = m.networkInterface(ids.get(r.nextInt(ids.size()))).orElseThrow();
        if (b == a) {
          return null;
        }
        List<IpAddress> targets = new ArrayList<>(NetworkTopology.privateAddressesOf(b));
        targets.addAll(b.publicIps());
        targets.add(IpAddress.parse(b.vpcId().equals("vpc-a") ? "10.0.1.99" : "10.1.1.99"));
        targets.add(IpAddress.parse("10.0.200.1"));
        IpAddress to = targets.get(r.nextInt(targets.size()));
        List<IpAddress> sources = NetworkTopology.privateAddressesOf(a).stream()
            .filter(x -> x.ipv6() == to.ipv6()).toList();
        if (sources.isEmpty()) {
          return null;
        }
        return new Case(new FlowQuery(new Endpoint.OfInterface(a, java.util.Optional.of(sources.get(0))),
            new Endpoint.OfInterface(b, java.util.Optional.of(to)), protocol, sourcePort, port, icmpType, 0), a, false);
      }
      case 1 -> {
        IpAddress from = IpAddress.parse(OUTSIDE[r.nextInt(OUTSIDE.length - 1)]);
        List<IpAddress> targets = new ArrayList<>(a.publicIps());
        a.ipv6Addresses().forEach(targets::add);
        if (targets.isEmpty() || r.nextInt(5) == 0) {
          NetworkTopology.privateAddressesOf(a).forEach(targets::add);
        }
        List<IpAddress> same = targets.stream().filter(x -> x.ipv6() == from.ipv6()).toList();
        if (same.isEmpty()) {
          return null;
        }
        IpAddress to = same.get(r.nextInt(same.size()));
        return new Case(new FlowQuery(new Endpoint.External(from), new Endpoint.OfInterface(a, java.util.Optional.of(to)),
            protocol, sourcePort, port, icmpType, 0), a, true);
      }
      default -> {
        IpAddress to = IpAddress.parse(OUTSIDE[r.nextInt(OUTSIDE.length)]);
        List<IpAddress> sources = NetworkTopology.privateAddressesOf(a).stream()
            .filter(x -> x.ipv6() == to.ipv6()).toList();
        if (sources.isEmpty()) {
          return null;
        }
        return new Case(new FlowQuery(new Endpoint.OfInterface(a, java.util.Optional.of(sources.get(0))),
            new Endpoint.External(to), protocol, sourcePort, port, icmpType, 0), a, false);
      }
    }
  }

  static String describe(ReachResult r) {
    StringBuilder s = new StringBuilder(r.verdict().toString());
    r.blockedBy().ifPresent(b -> s.append(" by ").append(b.kind()).append(" ").append(b.id()).append(" on ")
        .append(b.path()).append(": ").append(b.reason()));
    for (Hop h : r.forward()) {
      s.append("\n   > ").append(h.kind()).append(" ").append(h.id()).append(" ").append(h.decision()).append(" ")
          .append(h.detail());
    }
    for (Hop h : r.returnPath()) {
      s.append("\n   < ").append(h.kind()).append(" ").append(h.id()).append(" ").append(h.decision()).append(" ")
          .append(h.detail());
    }
    return s.toString();
  }
}
