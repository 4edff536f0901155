package dev.mamori.net;

import java.util.List;

/**
 * Builds trees from descriptions: the universe of valid packets and products of per-level interval
 * lists. A product is built with the widest values ({@code [0, 2^64-1]}) where a level is free and
 * then cut to the universe, so callers never deal with the protocol-dependent domains.
 */
final class Trees {
  /** Every value of a level, before it is cut to the universe. */
  static final long[] ANY = {0, -1L};

  private static final long V4_MAX = 0xFFFF_FFFFL;

  /** Every valid packet of both families. */
  static final Node UNIVERSE = buildUniverse();

  private Trees() {}

  private static Node buildUniverse() {
    return new NodeBuilder(Level.FAMILY)
        .add(Level.IPV4, Level.IPV4, protocolsOf(IpFamily.IPV4))
        .add(Level.IPV6, Level.IPV6, protocolsOf(IpFamily.IPV6))
        .build();
  }

  private static Node protocolsOf(IpFamily family) {
    Node addresses = family == IpFamily.IPV4
        ? addressPair(new long[] {0, 0}, new long[] {0, V4_MAX})
        : addressPair(ANY, ANY);
    NodeBuilder protocols = new NodeBuilder(Level.PROTOCOL);
    for (int p = 0; p <= Protocols.MAX; p++) {
      ProtocolClass kind = ProtocolClass.of(family, p);
      long max = kind.layer4Max();
      Node layer4 = chain(Level.L4_DESTINATION, new long[] {0, max},
          chain(Level.L4_SOURCE, new long[] {0, max}, addresses));
      protocols.add(p, p, layer4);
    }
    return protocols.build();
  }

  private static Node addressPair(long[] high, long[] low) {
    Node destination = chain(Level.DESTINATION_HIGH, high, chain(Level.DESTINATION_LOW, low, Node.TRUE));
    return chain(Level.SOURCE_HIGH, high, chain(Level.SOURCE_LOW, low, destination));
  }

  /** A node mapping every interval of {@code intervals} ({@code [lo0,hi0,lo1,hi1…]}) to one child. */
  static Node chain(int level, long[] intervals, Node child) {
    NodeBuilder builder = new NodeBuilder(level);
    for (int i = 0; i < intervals.length; i += 2) {
      builder.add(intervals[i], intervals[i + 1], child);
    }
    return builder.build();
  }

  /**
   * The address levels for one family's sorted, merged ranges: a node at {@code highLevel} whose
   * children are at {@code highLevel + 1} and lead to {@code below}. A 128-bit range cuts into at most
   * three (high, low) products: its first /64 block, the whole blocks between, its last block.
   */
  static Node addresses(int highLevel, List<AddressRange> ranges, Node below) {
    int lowLevel = highLevel + 1;
    Node fullLow = chain(lowLevel, ANY, below);
    NodeBuilder highs = new NodeBuilder(highLevel);
    long pendingHigh = 0;
    NodeBuilder pendingLows = null;
    for (AddressRange range : ranges) {
      long firstHigh = range.first().high();
      long lastHigh = range.last().high();
      long firstLow = range.first().low();
      long lastLow = range.last().low();
      if (pendingLows != null && pendingHigh != firstHigh) {
        highs.add(pendingHigh, pendingHigh, pendingLows.build());
        pendingLows = null;
      }
      if (pendingLows == null) {
        pendingHigh = firstHigh;
        pendingLows = new NodeBuilder(lowLevel);
      }
      if (firstHigh == lastHigh) {
        pendingLows.add(firstLow, lastLow, below);
        continue;
      }
      pendingLows.add(firstLow, -1L, below);
      highs.add(pendingHigh, pendingHigh, pendingLows.build());
      if (firstHigh + 1 != lastHigh) {
        highs.add(firstHigh + 1, lastHigh - 1, fullLow);
      }
      pendingHigh = lastHigh;
      pendingLows = new NodeBuilder(lowLevel).add(0, lastLow, below);
    }
    if (pendingLows != null) {
      highs.add(pendingHigh, pendingHigh, pendingLows.build());
    }
    return highs.build();
  }

  /**
   * The packets of one family whose fields lie in the given interval lists and address sets, cut to
   * the universe. Empty when the family has no addresses on either side.
   */
  static Node product(
      IpFamily family,
      long[] protocols,
      long[] layer4Destination,
      long[] layer4Source,
      AddressSet sources,
      AddressSet destinations) {
    List<AddressRange> sourceRanges = sources.only(family).ranges();
    List<AddressRange> destinationRanges = destinations.only(family).ranges();
    if (sourceRanges.isEmpty() || destinationRanges.isEmpty() || protocols.length == 0) {
      return Node.EMPTY;
    }
    Node destinationNode = addresses(Level.DESTINATION_HIGH, destinationRanges, Node.TRUE);
    Node sourceNode = addresses(Level.SOURCE_HIGH, sourceRanges, destinationNode);
    Node layer4 = chain(Level.L4_DESTINATION, layer4Destination,
        chain(Level.L4_SOURCE, layer4Source, sourceNode));
    long familyValue = Level.familyValue(family);
    Node tree = chain(Level.FAMILY, new long[] {familyValue, familyValue},
        chain(Level.PROTOCOL, protocols, layer4));
    return NodeOps.intersection(tree, UNIVERSE);
  }

  /** The same product for both families. */
  static Node product(
      long[] protocols,
      long[] layer4Destination,
      long[] layer4Source,
      AddressSet sources,
      AddressSet destinations) {
    return NodeOps.union(
        product(IpFamily.IPV4, protocols, layer4Destination, layer4Source, sources, destinations),
        product(IpFamily.IPV6, protocols, layer4Destination, layer4Source, sources, destinations));
  }

  static long[] interval(IntRange range) {
    return new long[] {range.from(), range.to()};
  }
}
