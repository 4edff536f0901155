package dev.mamori.net.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.Cidr;
import dev.mamori.model.CloudModel;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.net.Addresses;
import dev.mamori.net.AddressRange;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import dev.mamori.net.exposure.Exposure;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.RandomNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On random networks, the symbolic exposure equals brute force: a (protocol, port, source) is listed
 * for an interface's public address exactly when the reference lets some client port in 1024-65535
 * through, probing every boundary of every range in the network (so between probes nothing
 * changes). Also checks {@code reach --from internet} against the same brute force.
 */
class ExposureAgreesWithReferenceTest {

  private static final int NETWORKS = 300;
  private static final int[] PORT_PROBES = {0, 21, 22, 23, 79, 80, 81, 442, 443, 444, 999, 1000, 1023, 1024, 2000,
      2001, 32767, 32768, 49151, 49152, 60999, 61000, 65535};
  private static final int[] CLIENT_PORTS = {1024, 1999, 2000, 2001, 32767, 32768, 49151, 49152, 60999, 61000, 65535};
  private static final int[] ICMP_TYPES = {0, 3, 8, 128, 129};

  @Test
  void exposureIsExactAndComplete() {
    Random random = new Random(777);
    int exposedProbes = 0;
    int hiddenProbes = 0;
    for (int n = 0; n < NETWORKS; n++) {
      RandomNetworks.Network net = RandomNetworks.generate(random);
      CloudModel m = net.model();
      ExposureReport report = new ExposureAnalyzer(NetworkTopology.of(m)).analyze();
      ReferenceReach reference = new ReferenceReach(m);
      Set<String> notEvaluated = report.notEvaluated().stream().map(x -> x.eni()).collect(Collectors.toSet());
      List<IpAddress> sources = sourceProbes(m);
      for (String id : net.interfaceIds()) {
        NetworkInterface eni = m.networkInterface(id).orElseThrow();
        for (IpAddress target : publicTargets(eni)) {
          IpFamily family = IpFamily.of(target);
          for (IpAddress source : sources) {
            if (IpFamily.of(source) != family || random.nextInt(5) != 0) {
              continue;
            }
            for (Packet probe : probes(source, target, random)) {
              boolean listed = report.exposures().stream().anyMatch(e -> covers(e, eni, target, probe));
              Verdict truth = bruteForce(reference, eni, probe);
              String why = "network " + n + " " + id + " " + probe + " reference " + truth;
              if (truth == Verdict.ALLOWED) {
                assertThat(listed).as("missing exposure: " + why).isTrue();
                exposedProbes++;
              } else {
                assertThat(listed).as("spurious exposure: " + why).isFalse();
                hiddenProbes++;
                if (truth == Verdict.NOT_EVALUATED) {
                  assertThat(notEvaluated).as("must be reported not evaluated: " + why).contains(id);
                }
              }
            }
          }
        }
      }
    }
    System.out.println("exposure agreement: exposed " + exposedProbes + ", not exposed " + hiddenProbes);
    assertThat(exposedProbes).isGreaterThan(2000);
    assertThat(hiddenProbes).isGreaterThan(3000);
  }

  @Test
  void reachFromInternetFindsASourceExactlyWhenOneExists() {
    Random random = new Random(31337);
    int allowed = 0;
    for (int n = 0; n < 250; n++) {
      RandomNetworks.Network net = RandomNetworks.generate(random);
      CloudModel m = net.model();
      ReachabilityAnalyzer engine = new ReachabilityAnalyzer(NetworkTopology.of(m));
      ReferenceReach reference = new ReferenceReach(m);
      List<IpAddress> sources = sourceProbes(m);
      for (String id : net.interfaceIds()) {
        NetworkInterface eni = m.networkInterface(id).orElseThrow();
        for (IpAddress target : publicTargets(eni)) {
          int port = PORT_PROBES[random.nextInt(PORT_PROBES.length)];
          FlowQuery q = new FlowQuery(new Endpoint.Internet(), new Endpoint.OfInterface(eni, java.util.Optional.of(target)),
              Protocols.TCP, FlowQuery.DEFAULT_SOURCE_PORT, port, -1, 0);
          ReachResult actual = engine.analyze(q);
          Verdict best = Verdict.DENIED;
          for (IpAddress s : sources) {
            boolean held = !m.interfaceWithPublicIp(s).isEmpty() || m.networkInterfaces().stream()
                .anyMatch(e -> e.ipv6Addresses().contains(s));
            if (IpFamily.of(s) != IpFamily.of(target) || held) {
              continue;
            }
            Verdict v = reference.fromInternet(eni, Packet.tcp(s, FlowQuery.DEFAULT_SOURCE_PORT, target, port)).verdict();
            if (v == Verdict.ALLOWED) {
              best = v;
              break;
            }
            if (v == Verdict.NOT_EVALUATED) {
              best = v;
            }
          }
          assertThat(actual.verdict()).as("network " + n + " internet -> " + id + " " + target + ":" + port
              + "\n" + ReachAgreesWithReferenceTest.describe(actual)).isEqualTo(best);
          if (best == Verdict.ALLOWED) {
            allowed++;
            assertThat(reference.fromInternet(eni, actual.packet()).verdict()).isEqualTo(Verdict.ALLOWED);
          }
        }
      }
    }
    assertThat(allowed).isGreaterThan(30);
  }

  private static Verdict bruteForce(ReferenceReach reference, NetworkInterface eni, Packet probe) {
    Verdict best = Verdict.DENIED;
    int[] clientPorts = probe.protocolClass() == ProtocolClass.PORTS ? CLIENT_PORTS : new int[] {0};
    for (int clientPort : clientPorts) {
      Packet p = probe.protocolClass() == ProtocolClass.PORTS
          ? new Packet(probe.protocol(), probe.source(), probe.destination(), clientPort, probe.destinationPort(), 0, 0)
          : probe;
      Verdict v = reference.fromInternet(eni, p).verdict();
      if (v == Verdict.ALLOWED) {
        return v;
      }
      if (v == Verdict.NOT_EVALUATED) {
        best = v;
      }
    }
    return best;
  }

  private static boolean covers(Exposure e, NetworkInterface eni, IpAddress target, Packet p) {
    if (!e.eni().equals(eni.id()) || !e.address().equals(target) || !e.protocols().contains(p.protocol())) {
      return false;
    }
    boolean layer4 = switch (p.protocolClass()) {
      case PORTS -> e.ports().orElseThrow().contains(p.destinationPort());
      case ICMP -> e.icmpTypes().orElseThrow().contains(p.icmpType()) && e.icmpCodes().orElseThrow().contains(p.icmpCode());
      case OTHER -> true;
    };
    return layer4 && e.sources().stream().anyMatch(c -> c.contains(p.source()));
  }

  private static List<Packet> probes(IpAddress source, IpAddress target, Random r) {
    List<Packet> out = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      int port = PORT_PROBES[r.nextInt(PORT_PROBES.length)];
      out.add(Packet.tcp(source, 0, target, port));
    }
    out.add(Packet.udp(source, 0, target, PORT_PROBES[r.nextInt(PORT_PROBES.length)]));
    out.add(Packet.icmp(source, target, ICMP_TYPES[r.nextInt(ICMP_TYPES.length)], r.nextInt(2)));
    out.add(Packet.other(47, source, target));
    return out;
  }

  static List<IpAddress> publicTargets(NetworkInterface eni) {
    List<IpAddress> out = new ArrayList<>(eni.publicIps());
    eni.ipv6Addresses().stream().filter(InternetAddresses::contains).forEach(out::add);
    return out;
  }

  /** Every boundary of every CIDR in the network (and of the internet), on the internet side. */
  static List<IpAddress> sourceProbes(CloudModel m) {
    TreeSet<IpAddress> out = new TreeSet<>();
    List<String> cidrs = new ArrayList<>(List.of(RandomNetworks.CIDRS));
    cidrs.addAll(List.of("8.8.0.0/16", "1.1.1.0/24"));
    for (String c : cidrs) {
      AddressRange r = Addresses.range(Cidr.parse(c));
      for (IpAddress a : List.of(r.first(), r.last())) {
        out.add(a);
        if (!Addresses.isFirst(a)) {
          out.add(Addresses.previous(a));
        }
        if (!Addresses.isLast(a)) {
          out.add(Addresses.next(a));
        }
      }
    }
    for (AddressRange r : InternetAddresses.all().ranges()) {
      out.add(r.first());
      out.add(r.last());
    }
    for (NetworkInterface eni : m.networkInterfaces()) {
      List<IpAddress> held = new ArrayList<>(eni.publicIps());
      held.addAll(eni.ipv6Addresses());
      for (IpAddress a : held) {
        out.add(a);
        out.add(Addresses.next(a));
        out.add(Addresses.previous(a));
      }
    }
    return out.stream().filter(InternetAddresses::contains).toList();
  }
}
