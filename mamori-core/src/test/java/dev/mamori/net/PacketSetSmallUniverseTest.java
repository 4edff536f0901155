package dev.mamori.net;

import dev.mamori.model.IpAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive checks in a universe small enough to enumerate (832 packets): four addresses per family
 * straddling a /24 boundary (IPv4) and the boundary of the two 64-bit words (IPv6), protocols
 * 1, 6, 7, 17, 58, three ports, three ICMP types and two codes. Every set is compared point by point
 * with its brute-force bit set, and equal bit sets must give equal (canonical) trees.
 */
class PacketSetSmallUniverseTest {

  private static final AddressRange V4 =
      new AddressRange(IpAddress.parse("10.0.0.254"), IpAddress.parse("10.0.1.1"));
  private static final AddressRange V6 = new AddressRange(
      IpAddress.parse("2001:db8::ffff:ffff:ffff:fffe"), IpAddress.parse("2001:db8:0:1::1"));
  private static final int[] PROTOCOLS = {1, 6, 7, 17, 58};
  private static final IntRange PORTS = IntRange.of(0, 2);
  private static final IntRange TYPES = IntRange.of(7, 9);
  private static final IntRange CODES = IntRange.of(0, 1);

  private final List<Packet> points = enumerate();
  private final PacketSet universe = smallUniverse();
  private final Random random = new Random(314159);

  @Test
  void everyOperationAgreesPointByPointAndTreesAreCanonical() {
    assertThat(points).hasSize(832);
    Map<BitSet, PacketSet> seen = new HashMap<>();
    int collisions = 0;
    for (int c = 0; c < 6000; c++) {
      Built x = expression(3);
      for (int i = 0; i < points.size(); i++) {
        assertThat(x.set.contains(points.get(i))).as("case %d point %s", c, points.get(i))
            .isEqualTo(x.bits.get(i));
      }
      assertThat(x.set.minus(universe).isEmpty()).isTrue();
      PacketSet earlier = seen.putIfAbsent(x.bits, x.set);
      if (earlier != null) {
        collisions++;
        assertThat(x.set).as("same packets, same tree").isEqualTo(earlier);
        assertThat(x.set.hashCode()).isEqualTo(earlier.hashCode());
      }
      if (c % 8 == 0) {
        checkEnumeration(x);
      }
    }
    // distinct bit sets must give distinct trees
    List<Map.Entry<BitSet, PacketSet>> entries = new ArrayList<>(seen.entrySet());
    for (int i = 0; i + 1 < entries.size(); i += 2) {
      assertThat(entries.get(i).getValue()).isNotEqualTo(entries.get(i + 1).getValue());
    }
    assertThat(collisions).as("the test must exercise canonicity").isGreaterThan(1000);
    assertThat(seen.size()).as("and see many different sets").isGreaterThan(1000);
  }

  private void checkEnumeration(Built x) {
    List<PacketBox> boxes = x.set.boxes();
    List<ServiceSlice> slices = x.set.slices();
    PacketSet reversed = x.set.reversed();
    for (int i = 0; i < points.size(); i++) {
      Packet p = points.get(i);
      int expected = x.bits.get(i) ? 1 : 0;
      assertThat(boxes.stream().filter(b -> b.contains(p)).count()).isEqualTo(expected);
      assertThat(slices.stream().filter(s -> PacketSetRandomTest.sliceContains(s, p)).count())
          .isEqualTo(expected);
      assertThat(reversed.contains(p.reversed())).isEqualTo(x.bits.get(i));
    }
  }

  // ---------------------------------------------------------------- expressions

  private record Built(PacketSet set, BitSet bits) {}

  private Built expression(int depth) {
    if (depth == 0 || random.nextInt(3) == 0) {
      return leaf();
    }
    Built a = expression(depth - 1);
    Built b = expression(depth - 1);
    BitSet bits = (BitSet) a.bits.clone();
    return switch (random.nextInt(4)) {
      case 0 -> {
        bits.or(b.bits);
        yield new Built(a.set.union(b.set), bits);
      }
      case 1 -> {
        bits.and(b.bits);
        yield new Built(a.set.intersection(b.set), bits);
      }
      case 2 -> {
        bits.andNot(b.bits);
        yield new Built(a.set.minus(b.set), bits);
      }
      default -> {
        BitSet all = new BitSet();
        all.set(0, points.size());
        all.andNot(a.bits);
        yield new Built(universe.minus(a.set), all);
      }
    };
  }

  private Built leaf() {
    switch (random.nextInt(7)) {
      case 0: {
        int p = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        return built(PacketSet.protocol(p), x -> x.protocol() == p);
      }
      case 1: {
        IntRange r = sub(PORTS);
        return built(PacketSet.destinationPorts(r),
            x -> x.protocolClass() == ProtocolClass.PORTS && r.contains(x.destinationPort()));
      }
      case 2: {
        IntRange r = sub(PORTS);
        return built(PacketSet.sourcePorts(r),
            x -> x.protocolClass() == ProtocolClass.PORTS && r.contains(x.sourcePort()));
      }
      case 3: {
        IntRange types = sub(TYPES);
        IntRange codes = sub(CODES);
        return built(PacketSet.icmpTypes(types).intersection(PacketSet.icmpCodes(codes)),
            x -> x.protocolClass() == ProtocolClass.ICMP && types.contains(x.icmpType())
                && codes.contains(x.icmpCode()));
      }
      case 4: {
        AddressRange r = subRange(random.nextBoolean() ? V4 : V6);
        return built(PacketSet.sources(AddressSet.ofRanges(List.of(r))), x -> r.contains(x.source()));
      }
      case 5: {
        AddressRange r = subRange(random.nextBoolean() ? V4 : V6);
        return built(PacketSet.destinations(AddressSet.ofRanges(List.of(r))),
            x -> r.contains(x.destination()));
      }
      default: {
        Packet p = points.get(random.nextInt(points.size()));
        return built(PacketSet.of(p), p::equals);
      }
    }
  }

  private Built built(PacketSet set, Predicate<Packet> membership) {
    BitSet bits = new BitSet();
    for (int i = 0; i < points.size(); i++) {
      if (membership.test(points.get(i))) {
        bits.set(i);
      }
    }
    return new Built(set.intersection(universe), bits);
  }

  private IntRange sub(IntRange r) {
    int a = r.from() + random.nextInt(r.to() - r.from() + 1);
    int b = r.from() + random.nextInt(r.to() - r.from() + 1);
    return IntRange.of(Math.min(a, b), Math.max(a, b));
  }

  private AddressRange subRange(AddressRange r) {
    List<IpAddress> all = addresses(r);
    IpAddress a = all.get(random.nextInt(all.size()));
    IpAddress b = all.get(random.nextInt(all.size()));
    return a.compareTo(b) <= 0 ? new AddressRange(a, b) : new AddressRange(b, a);
  }

  // ---------------------------------------------------------------- the small universe

  private static PacketSet smallUniverse() {
    List<PacketSet> parts = new ArrayList<>();
    for (AddressRange addresses : List.of(V4, V6)) {
      IpFamily f = addresses.family();
      for (int p : PROTOCOLS) {
        IntRange l4d = switch (ProtocolClass.of(f, p)) {
          case PORTS -> PORTS;
          case ICMP -> TYPES;
          case OTHER -> IntRange.single(0);
        };
        IntRange l4s = switch (ProtocolClass.of(f, p)) {
          case PORTS -> PORTS;
          case ICMP -> CODES;
          case OTHER -> IntRange.single(0);
        };
        parts.add(PacketSet.of(new PacketBox(f, IntRange.single(p), addresses, addresses, l4s, l4d)));
      }
    }
    return PacketSet.unionAll(parts);
  }

  private static List<Packet> enumerate() {
    List<Packet> out = new ArrayList<>();
    for (AddressRange addresses : List.of(V4, V6)) {
      IpFamily f = addresses.family();
      for (int p : PROTOCOLS) {
        for (IpAddress s : addresses(addresses)) {
          for (IpAddress d : addresses(addresses)) {
            switch (ProtocolClass.of(f, p)) {
              case PORTS -> {
                for (int sp = PORTS.from(); sp <= PORTS.to(); sp++) {
                  for (int dp = PORTS.from(); dp <= PORTS.to(); dp++) {
                    out.add(new Packet(p, s, d, sp, dp, 0, 0));
                  }
                }
              }
              case ICMP -> {
                for (int t = TYPES.from(); t <= TYPES.to(); t++) {
                  for (int c = CODES.from(); c <= CODES.to(); c++) {
                    out.add(new Packet(p, s, d, 0, 0, t, c));
                  }
                }
              }
              case OTHER -> out.add(Packet.other(p, s, d));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<IpAddress> addresses(AddressRange r) {
    List<IpAddress> out = new ArrayList<>();
    for (IpAddress a = r.first(); ; a = Addresses.next(a)) {
      out.add(a);
      if (a.equals(r.last())) {
        return out;
      }
    }
  }
}
