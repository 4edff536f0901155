package dev.mamori.net;

/**
 * The levels of the decision tree, top to bottom. Protocol comes right after the family because the
 * meaning and domain of the two layer-4 levels depend on it (ports for TCP/UDP, type and code for
 * ICMP, nothing for other protocols). Each address is split in two 64-bit levels so that every level
 * holds plain unsigned longs. Addresses come last because rules list few port ranges and many CIDRs.
 */
final class Level {
  static final int FAMILY = 0;
  static final int PROTOCOL = 1;
  /** Destination port for TCP/UDP, ICMP type for ICMP, always 0 for other protocols. */
  static final int L4_DESTINATION = 2;
  /** Source port for TCP/UDP, ICMP code for ICMP, always 0 for other protocols. */
  static final int L4_SOURCE = 3;
  static final int SOURCE_HIGH = 4;
  static final int SOURCE_LOW = 5;
  static final int DESTINATION_HIGH = 6;
  static final int DESTINATION_LOW = 7;
  /** The level of the single terminal node, {@link Node#TRUE}. */
  static final int LEAF = 8;

  /** The values of the family level. */
  static final long IPV4 = 4;
  static final long IPV6 = 6;

  private Level() {}

  static long familyValue(IpFamily family) {
    return family == IpFamily.IPV4 ? IPV4 : IPV6;
  }

  static IpFamily familyOf(long value) {
    return value == IPV4 ? IpFamily.IPV4 : IpFamily.IPV6;
  }
}
