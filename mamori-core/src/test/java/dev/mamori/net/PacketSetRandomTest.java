package dev.mamori.net;

import dev.mamori.model.IpAddress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.net.RandomPacketSets.Breakpoints;
import dev.mamori.net.RandomPacketSets.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random expressions over the whole packet space, checked against brute-force membership on
 * sample packets drawn from the leaves' boundary values (so every edge of every range is probed).
 */
class PacketSetRandomTest {

  private static final int CASES = 2500;
  private static final int POINTS = 150;

  @Test
  void membershipEnumerationAndReshapingAgreeWithBruteForce() {
    Random random = new Random(20240601);
    RandomPacketSets gen = new RandomPacketSets(random);
    for (int c = 0; c < CASES; c++) {
      Expr expr = c % 3 == 0 ? gen.ruleLike() : gen.expression(4);
      PacketSet set = expr.build();
      Breakpoints b = new Breakpoints();
      expr.addBreakpoints(b);
      List<PacketBox> boxes = set.boxes();
      List<ServiceSlice> slices = set.slices();
      PacketSet reversed = set.reversed();
      PacketSet anyPort = set.withAnySourcePort();
      int fromType = c % 2 == 0 ? 8 : 128;
      int toType = c % 4 < 2 ? 0 : 129;
      PacketSet retyped = set.icmpRetyped(fromType, toType);
      for (int i = 0; i < POINTS; i++) {
        Packet p = gen.packet(b);
        boolean expected = expr.test(p);
        String why = "case " + c + ": " + p + " in " + expr;
        assertThat(set.contains(p)).as(why).isEqualTo(expected);
        assertThat(boxes.stream().filter(x -> x.contains(p)).count()).as("boxes " + why)
            .isEqualTo(expected ? 1 : 0);
        assertThat(slices.stream().filter(s -> sliceContains(s, p)).count()).as("slices " + why)
            .isEqualTo(expected ? 1 : 0);
        assertThat(reversed.contains(p)).as("reversed " + why).isEqualTo(expr.test(p.reversed()));
        assertThat(anyPort.contains(p)).as("any source port " + why)
            .isEqualTo(existsSourcePort(expr, p, b));
        boolean retypedExpected = p.protocolClass() == ProtocolClass.ICMP && p.icmpType() == toType
            && expr.test(new Packet(p.protocol(), p.source(), p.destination(), 0, 0, fromType, p.icmpCode()));
        assertThat(retyped.contains(p)).as("retyped " + why).isEqualTo(retypedExpected);
      }
      assertThat(reversed.reversed()).as("double reversal, case %d", c).isEqualTo(set);
      if (boxes.size() <= 3000) {
        assertThat(PacketSet.unionAll(boxes.stream().map(PacketSet::of).toList()))
            .as("boxes rebuild the set, case %d", c).isEqualTo(set);
      }
    }
  }

  @Test
  void algebraicLawsHoldAsEquality() {
    Random random = new Random(99);
    RandomPacketSets gen = new RandomPacketSets(random);
    for (int c = 0; c < CASES; c++) {
      PacketSet a = gen.expression(3).build();
      PacketSet b = gen.expression(2).build();
      PacketSet d = gen.expression(2).build();
      assertThat(a.union(b)).isEqualTo(b.union(a));
      assertThat(a.union(b).hashCode()).isEqualTo(b.union(a).hashCode());
      assertThat(a.intersection(b)).isEqualTo(b.intersection(a));
      assertThat(a.intersection(b.union(d))).isEqualTo(a.intersection(b).union(a.intersection(d)));
      assertThat(a.union(b.intersection(d))).isEqualTo(a.union(b).intersection(a.union(d)));
      assertThat(a.minus(b)).isEqualTo(a.intersection(b.complement()));
      assertThat(a.complement().complement()).isEqualTo(a);
      assertThat(a.union(b).complement()).isEqualTo(a.complement().intersection(b.complement()));
      assertThat(a.minus(b).union(a.intersection(b))).isEqualTo(a);
      assertThat(a.union(a.complement())).isEqualTo(PacketSet.universe());
      assertThat(a.intersection(a.complement()).isEmpty()).isTrue();
      assertThat(a.minus(a)).isEqualTo(PacketSet.empty());
      assertThat(a.containsAll(a.intersection(b))).isTrue();
      assertThat(a.intersects(b)).isEqualTo(!a.intersection(b).isEmpty());
      assertThat(a.equals(b)).isEqualTo(a.minus(b).isEmpty() && b.minus(a).isEmpty());
    }
  }

  @Test
  void projectionsAreExact() {
    Random random = new Random(5);
    RandomPacketSets gen = new RandomPacketSets(random);
    for (int c = 0; c < 800; c++) {
      Expr expr = gen.expression(3);
      PacketSet set = expr.build();
      AddressSet sources = set.sourceAddresses();
      AddressSet destinations = set.destinationAddresses();
      assertThat(set.minus(PacketSet.sources(sources)).isEmpty()).isTrue();
      assertThat(set.minus(PacketSet.destinations(destinations)).isEmpty()).isTrue();
      Breakpoints b = new Breakpoints();
      expr.addBreakpoints(b);
      List<IpAddress> probes = new ArrayList<>(b.v4);
      probes.addAll(b.v6);
      for (IpAddress a : probes) {
        PacketSet onlyA = set.intersection(PacketSet.sources(AddressSet.of(a)));
        assertThat(sources.contains(a)).as("source %s of %s", a, expr).isEqualTo(!onlyA.isEmpty());
        PacketSet toA = set.intersection(PacketSet.destinations(AddressSet.of(a)));
        assertThat(destinations.contains(a)).as("destination %s of %s", a, expr).isEqualTo(!toA.isEmpty());
      }
    }
  }

  @Test
  void slicesHaveMaximalLayer4Ranges() {
    Random random = new Random(17);
    RandomPacketSets gen = new RandomPacketSets(random);
    for (int c = 0; c < 1000; c++) {
      PacketSet set = gen.expression(3).build().withAnySourcePort()
          .intersection(PacketSet.destinations(AddressSet.of(IpAddress.parse("10.0.0.7"))));
      List<ServiceSlice> slices = set.slices();
      for (int i = 1; i < slices.size(); i++) {
        ServiceSlice x = slices.get(i - 1);
        ServiceSlice y = slices.get(i);
        // With the source port forgotten, a TCP/UDP cell is (protocol, destination port range) only;
        // for ICMP the code level still splits a type range, so there is nothing to check.
        boolean sameCell = x.family() == y.family() && x.protocols().equals(y.protocols())
            && x.protocolClass() == ProtocolClass.PORTS;
        if (sameCell && x.destinationPorts().to() + 1 == y.destinationPorts().from()) {
          assertThat(x.sources()).as("touching port ranges must differ in sources: " + x + " / " + y + " in " + set.boxes()).isNotEqualTo(y.sources());
        }
      }
    }
  }

  /**
   * Brute force of "exists a source port": the set is constant between consecutive breakpoints, so
   * trying every breakpoint port is exhaustive.
   */
  private static boolean existsSourcePort(Expr expr, Packet p, Breakpoints b) {
    if (p.protocolClass() != ProtocolClass.PORTS) {
      return expr.test(p);
    }
    for (int port : b.ports) {
      if (expr.test(new Packet(p.protocol(), p.source(), p.destination(), port, p.destinationPort(), 0, 0))) {
        return true;
      }
    }
    return false;
  }

  static boolean sliceContains(ServiceSlice s, Packet p) {
    return s.family() == p.family()
        && s.protocols().contains(p.protocol())
        && s.destinationPorts().contains((int) p.layer4Destination())
        && s.sourcePorts().contains((int) p.layer4Source())
        && s.sources().contains(p.source())
        && s.destinations().contains(p.destination());
  }
}
