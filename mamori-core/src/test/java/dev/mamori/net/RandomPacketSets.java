package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Random packet-set expressions with a brute-force meaning. Each expression knows how to build its
 * {@link PacketSet} through the public API and how to decide membership of one packet by hand, and it
 * reports the boundary values of its leaves so that sample packets land on every edge.
 */
final class RandomPacketSets {

  /** A set expression: built with the algebra, judged by hand. */
  interface Expr {
    PacketSet build();

    boolean test(Packet packet);

    void addBreakpoints(Breakpoints into);
  }

  /** Boundary values per dimension (each range contributes low-1, low, high, high+1). */
  static final class Breakpoints {
    final TreeSet<Integer> protocols = new TreeSet<>(List.of(0, 1, 5, 6, 7, 17, 58, 255));
    final TreeSet<Integer> ports = new TreeSet<>(List.of(0, 1, 22, 1024, 65535));
    final TreeSet<Integer> icmp = new TreeSet<>(List.of(0, 3, 8, 128, 129, 255));
    final TreeSet<IpAddress> v4 = new TreeSet<>();
    final TreeSet<IpAddress> v6 = new TreeSet<>();

    Breakpoints() {
      addAddressRange(AddressRange.all(IpFamily.IPV4));
      addAddressRange(AddressRange.all(IpFamily.IPV6));
    }

    void addProtocols(IntRange r) {
      addInts(protocols, r, 255);
    }

    void addPorts(IntRange r) {
      addInts(ports, r, 65535);
    }

    void addIcmp(IntRange r) {
      addInts(icmp, r, 255);
    }

    void addAddressRange(AddressRange r) {
      TreeSet<IpAddress> into = r.family() == IpFamily.IPV4 ? v4 : v6;
      into.add(r.first());
      into.add(r.last());
      if (!Addresses.isFirst(r.first())) {
        into.add(Addresses.previous(r.first()));
      }
      if (!Addresses.isLast(r.last())) {
        into.add(Addresses.next(r.last()));
      }
    }

    private static void addInts(TreeSet<Integer> into, IntRange r, int max) {
      into.add(r.from());
      into.add(r.to());
      if (r.from() > 0) {
        into.add(r.from() - 1);
      }
      if (r.to() < max) {
        into.add(r.to() + 1);
      }
    }
  }

  private static final String[] V4_BASES = {"0.0.0.0", "10.0.0.0", "10.0.0.7", "10.0.1.0",
      "172.16.5.4", "192.168.1.1", "255.255.255.255", "127.0.0.1"};
  private static final int[] V4_PREFIXES = {0, 1, 8, 16, 24, 28, 30, 31, 32};
  private static final String[] V6_BASES = {"::", "2001:db8::", "2001:db8::ffff:ffff:ffff:fff0",
      "2001:db8:0:1::5", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "::ffff:10.0.0.1", "2001:db8:0:2::"};
  private static final int[] V6_PREFIXES = {0, 3, 32, 60, 63, 64, 65, 120, 127, 128};
  private static final int[] PORT_POOL = {0, 1, 21, 22, 23, 80, 443, 1023, 1024, 32768, 60999, 65534, 65535};
  private static final int[] PROTOCOL_POOL = {0, 1, 2, 6, 7, 16, 17, 18, 47, 57, 58, 59, 255};
  private static final int[] ICMP_POOL = {0, 3, 4, 8, 11, 128, 129, 255};

  private final Random random;

  RandomPacketSets(Random random) {
    this.random = random;
  }

  // ---------------------------------------------------------------- expressions

  Expr expression(int depth) {
    if (depth <= 0 || random.nextInt(4) == 0) {
      return leaf();
    }
    return switch (random.nextInt(7)) {
      case 0, 1 -> binary("∪", expression(depth - 1), expression(depth - 1));
      case 2, 3 -> binary("∩", expression(depth - 1), expression(depth - 1));
      case 4, 5 -> binary("∖", expression(depth - 1), expression(depth - 1));
      default -> complement(expression(depth - 1));
    };
  }

  /** An SG-rule-like product: protocol, ports or ICMP, a source and a destination block. */
  Expr ruleLike() {
    return binary("∩", binary("∩", leafOfKind(0), leafOfKind(random.nextBoolean() ? 1 : 3)),
        binary("∩", leafOfKind(4), random.nextBoolean() ? leafOfKind(5) : leafOfKind(9)));
  }

  Expr leaf() {
    return leafOfKind(random.nextInt(12));
  }

  private Expr leafOfKind(int kind) {
    return switch (kind) {
      case 0 -> {
        IntRange r = intRange(PROTOCOL_POOL, 255);
        yield leaf("protocols " + r, PacketSet.protocols(r), p -> r.contains(p.protocol()),
            b -> b.addProtocols(r));
      }
      case 1 -> {
        IntRange r = intRange(PORT_POOL, 65535);
        yield leaf("dports " + r, PacketSet.destinationPorts(r),
            p -> p.protocolClass() == ProtocolClass.PORTS && r.contains(p.destinationPort()),
            b -> b.addPorts(r));
      }
      case 2 -> {
        IntRange r = intRange(PORT_POOL, 65535);
        yield leaf("sports " + r, PacketSet.sourcePorts(r),
            p -> p.protocolClass() == ProtocolClass.PORTS && r.contains(p.sourcePort()),
            b -> b.addPorts(r));
      }
      case 3 -> {
        IntRange r = intRange(ICMP_POOL, 255);
        yield leaf("icmp types " + r, PacketSet.icmpTypes(r),
            p -> p.protocolClass() == ProtocolClass.ICMP && r.contains(p.icmpType()),
            b -> b.addIcmp(r));
      }
      case 4, 10 -> {
        List<AddressRange> ranges = addressRanges();
        AddressSet s = AddressSet.ofRanges(ranges);
        yield leaf("src " + s, PacketSet.sources(s), p -> anyContains(ranges, p.source()),
            b -> ranges.forEach(b::addAddressRange));
      }
      case 5, 11 -> {
        List<AddressRange> ranges = addressRanges();
        AddressSet s = AddressSet.ofRanges(ranges);
        yield leaf("dst " + s, PacketSet.destinations(s), p -> anyContains(ranges, p.destination()),
            b -> ranges.forEach(b::addAddressRange));
      }
      case 6 -> {
        IntRange r = intRange(ICMP_POOL, 255);
        yield leaf("icmp codes " + r, PacketSet.icmpCodes(r),
            p -> p.protocolClass() == ProtocolClass.ICMP && r.contains(p.icmpCode()),
            b -> b.addIcmp(r));
      }
      case 7 -> {
        IpFamily f = family();
        yield leaf("family " + f, PacketSet.family(f), p -> p.family() == f, b -> {});
      }
      case 8 -> {
        PacketBox box = box();
        yield leaf("box " + box, PacketSet.of(box), box::contains, b -> {
          b.addProtocols(box.protocols());
          b.addPorts(box.sourcePorts());
          b.addPorts(box.destinationPorts());
          b.addIcmp(clamp(box.sourcePorts()));
          b.addIcmp(clamp(box.destinationPorts()));
          b.addAddressRange(box.sources());
          b.addAddressRange(box.destinations());
        });
      }
      default -> {
        Packet packet = packet(new Breakpoints());
        yield leaf("packet " + packet, PacketSet.of(packet), packet::equals, b -> {
          b.addProtocols(IntRange.single(packet.protocol()));
          b.addPorts(IntRange.single(packet.sourcePort()));
          b.addPorts(IntRange.single(packet.destinationPort()));
          b.addIcmp(IntRange.single(packet.icmpType()));
          b.addIcmp(IntRange.single(packet.icmpCode()));
          b.addAddressRange(AddressRange.single(packet.source()));
          b.addAddressRange(AddressRange.single(packet.destination()));
        });
      }
    };
  }

  private static IntRange clamp(IntRange r) {
    return new IntRange(Math.min(r.from(), 255), Math.min(r.to(), 255));
  }

  private static boolean anyContains(List<AddressRange> ranges, IpAddress a) {
    return ranges.stream().anyMatch(r -> r.contains(a));
  }

  // ---------------------------------------------------------------- points

  /** A packet whose every field is drawn from the breakpoints (or, now and then, at random). */
  Packet packet(Breakpoints b) {
    IpFamily family = family();
    IpAddress source = address(family, b);
    IpAddress destination = address(family, b);
    int protocol = pick(b.protocols);
    return switch (ProtocolClass.of(family, protocol)) {
      case PORTS -> new Packet(protocol, source, destination, pick(b.ports), pick(b.ports), 0, 0);
      case ICMP -> new Packet(protocol, source, destination, 0, 0, pick(b.icmp), pick(b.icmp));
      case OTHER -> Packet.other(protocol, source, destination);
    };
  }

  private IpAddress address(IpFamily family, Breakpoints b) {
    if (random.nextInt(10) == 0) {
      return family == IpFamily.IPV4 ? IpAddress.ofIpv4(random.nextInt())
          : Addresses.of(IpFamily.IPV6, random.nextLong(), random.nextLong());
    }
    return pick(family == IpFamily.IPV4 ? b.v4 : b.v6);
  }

  private <T> T pick(TreeSet<T> values) {
    int index = random.nextInt(values.size());
    for (T value : values) {
      if (index-- == 0) {
        return value;
      }
    }
    throw new IllegalStateException();
  }

  // ---------------------------------------------------------------- pieces

  IpFamily family() {
    return random.nextBoolean() ? IpFamily.IPV4 : IpFamily.IPV6;
  }

  IntRange intRange(int[] pool, int max) {
    if (random.nextInt(6) == 0) {
      return IntRange.of(0, max);
    }
    int a = pool[random.nextInt(pool.length)];
    int b = random.nextInt(3) == 0 ? a : pool[random.nextInt(pool.length)];
    return IntRange.of(Math.min(a, b), Math.max(a, b));
  }

  List<AddressRange> addressRanges() {
    List<AddressRange> out = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    IpFamily family = family();
    for (int i = 0; i < count; i++) {
      if (random.nextInt(5) == 0) {
        family = family();
      }
      out.add(addressRange(family));
    }
    return out;
  }

  AddressRange addressRange(IpFamily family) {
    if (random.nextInt(3) == 0) {
      IpAddress a = nearPoolAddress(family);
      IpAddress b = nearPoolAddress(family);
      return a.compareTo(b) <= 0 ? new AddressRange(a, b) : new AddressRange(b, a);
    }
    return Addresses.range(cidr(family));
  }

  Cidr cidr(IpFamily family) {
    boolean v4 = family == IpFamily.IPV4;
    String base = v4 ? V4_BASES[random.nextInt(V4_BASES.length)] : V6_BASES[random.nextInt(V6_BASES.length)];
    int prefix = v4 ? V4_PREFIXES[random.nextInt(V4_PREFIXES.length)]
        : V6_PREFIXES[random.nextInt(V6_PREFIXES.length)];
    return Cidr.parse(base + "/" + prefix);
  }

  private IpAddress nearPoolAddress(IpFamily family) {
    boolean v4 = family == IpFamily.IPV4;
    IpAddress a = IpAddress.parse(v4 ? V4_BASES[random.nextInt(V4_BASES.length)]
        : V6_BASES[random.nextInt(V6_BASES.length)]);
    int steps = random.nextInt(5) - 2;
    for (; steps > 0 && !Addresses.isLast(a); steps--) {
      a = Addresses.next(a);
    }
    for (; steps < 0 && !Addresses.isFirst(a); steps++) {
      a = Addresses.previous(a);
    }
    return a;
  }

  PacketBox box() {
    IpFamily family = family();
    int protocol = PROTOCOL_POOL[random.nextInt(PROTOCOL_POOL.length)];
    IntRange protocols = random.nextBoolean() ? IntRange.single(protocol) : intRange(PROTOCOL_POOL, 255);
    IntRange l4a = random.nextBoolean() ? intRange(PORT_POOL, 65535) : intRange(ICMP_POOL, 255);
    IntRange l4b = random.nextBoolean() ? intRange(PORT_POOL, 65535) : intRange(ICMP_POOL, 255);
    return new PacketBox(family, protocols, addressRange(family), addressRange(family), l4a, l4b);
  }

  // ---------------------------------------------------------------- combinators

  interface Membership {
    boolean test(Packet p);
  }

  interface BreakpointAdder {
    void add(Breakpoints b);
  }

  static Expr leaf(String name, PacketSet set, Membership membership, BreakpointAdder breakpoints) {
    return new Expr() {
      @Override
      public PacketSet build() {
        return set;
      }

      @Override
      public boolean test(Packet packet) {
        return membership.test(packet);
      }

      @Override
      public void addBreakpoints(Breakpoints into) {
        breakpoints.add(into);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  static Expr binary(String op, Expr a, Expr b) {
    return new Expr() {
      @Override
      public PacketSet build() {
        return switch (op) {
          case "∪" -> a.build().union(b.build());
          case "∩" -> a.build().intersection(b.build());
          default -> a.build().minus(b.build());
        };
      }

      @Override
      public boolean test(Packet p) {
        return switch (op) {
          case "∪" -> a.test(p) || b.test(p);
          case "∩" -> a.test(p) && b.test(p);
          default -> a.test(p) && !b.test(p);
        };
      }

      @Override
      public void addBreakpoints(Breakpoints into) {
        a.addBreakpoints(into);
        b.addBreakpoints(into);
      }

      @Override
      public String toString() {
        return "(" + a + " " + op + " " + b + ")";
      }
    };
  }

  static Expr complement(Expr a) {
    return new Expr() {
      @Override
      public PacketSet build() {
        return a.build().complement();
      }

      @Override
      public boolean test(Packet p) {
        return !a.test(p);
      }

      @Override
      public void addBreakpoints(Breakpoints into) {
        a.addBreakpoints(into);
      }

      @Override
      public String toString() {
        return "¬" + a;
      }
    };
  }
}
