package dev.mamori.net;

import dev.mamori.model.Cidr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An exact, immutable set of packets: any subset of (family, protocol, source address, destination
 * address, source port, destination port, ICMP type, ICMP code), closed under union, intersection,
 * difference and complement. Equal sets are {@link #equals equal} (the representation is canonical).
 *
 * <p>Build sets from the factories (each is the set of all packets with one property) and combine
 * them: an SG rule "tcp 22 from 10.0.0.0/8" is
 * {@code protocol(6).intersection(destinationPorts(22..22)).intersection(sources(10.0.0.0/8))}.
 *
 * <p>See the package documentation for the representation and why it was chosen.
 */
public final class PacketSet {

  private static final PacketSet EMPTY = new PacketSet(Node.EMPTY);
  private static final PacketSet UNIVERSE = new PacketSet(Trees.UNIVERSE);
  private static final long[] PORT_PROTOCOLS = {Protocols.TCP, Protocols.TCP, Protocols.UDP, Protocols.UDP};

  private final Node root;

  private PacketSet(Node root) {
    this.root = root;
  }

  private static PacketSet of(Node root) {
    return root == Node.EMPTY ? EMPTY : new PacketSet(root);
  }

  // ---------------------------------------------------------------- factories

  public static PacketSet empty() {
    return EMPTY;
  }

  /** Every valid packet, IPv4 and IPv6. */
  public static PacketSet universe() {
    return UNIVERSE;
  }

  /** Every packet of one IP version. */
  public static PacketSet family(IpFamily family) {
    return of(Trees.product(family, Trees.ANY, Trees.ANY, Trees.ANY,
        AddressSet.all(family), AddressSet.all(family)));
  }

  public static PacketSet protocol(int protocol) {
    return protocols(IntRange.single(protocol));
  }

  /** Every packet whose protocol number is in the range (any ports, type or code). */
  public static PacketSet protocols(IntRange protocols) {
    return of(Trees.product(Trees.interval(protocols), Trees.ANY, Trees.ANY,
        AddressSet.all(), AddressSet.all()));
  }

  public static PacketSet sources(AddressSet sources) {
    return of(Trees.product(Trees.ANY, Trees.ANY, Trees.ANY, sources, AddressSet.all()));
  }

  public static PacketSet sources(Cidr cidr) {
    return sources(AddressSet.of(cidr));
  }

  public static PacketSet destinations(AddressSet destinations) {
    return of(Trees.product(Trees.ANY, Trees.ANY, Trees.ANY, AddressSet.all(), destinations));
  }

  public static PacketSet destinations(Cidr cidr) {
    return destinations(AddressSet.of(cidr));
  }

  /** TCP and UDP packets whose destination port is in the range. */
  public static PacketSet destinationPorts(IntRange ports) {
    return of(Trees.product(PORT_PROTOCOLS, Trees.interval(ports), Trees.ANY,
        AddressSet.all(), AddressSet.all()));
  }

  /** TCP and UDP packets whose source port is in the range. */
  public static PacketSet sourcePorts(IntRange ports) {
    return of(Trees.product(PORT_PROTOCOLS, Trees.ANY, Trees.interval(ports),
        AddressSet.all(), AddressSet.all()));
  }

  /** ICMP (IPv4) and ICMPv6 (IPv6) packets whose type is in the range. */
  public static PacketSet icmpTypes(IntRange types) {
    return icmp(Trees.interval(types), Trees.ANY);
  }

  /** ICMP (IPv4) and ICMPv6 (IPv6) packets whose code is in the range. */
  public static PacketSet icmpCodes(IntRange codes) {
    return icmp(Trees.ANY, Trees.interval(codes));
  }

  private static PacketSet icmp(long[] types, long[] codes) {
    return of(NodeOps.union(icmpFamily(IpFamily.IPV4, types, codes), icmpFamily(IpFamily.IPV6, types, codes)));
  }

  private static Node icmpFamily(IpFamily family, long[] types, long[] codes) {
    long icmp = Protocols.icmpFor(family);
    return Trees.product(family, new long[] {icmp, icmp}, types, codes,
        AddressSet.all(family), AddressSet.all(family));
  }

  /** The set holding exactly one packet. */
  public static PacketSet of(Packet packet) {
    return of(TreeWalks.ofBox(new PacketBox(packet.family(), IntRange.single(packet.protocol()),
        AddressRange.single(packet.source()), AddressRange.single(packet.destination()),
        IntRange.single((int) packet.layer4Source()), IntRange.single((int) packet.layer4Destination()))));
  }

  /** The packets of a box (cut to valid packets: see {@link PacketBox} for the layer-4 fields). */
  public static PacketSet of(PacketBox box) {
    return of(TreeWalks.ofBox(box));
  }

  public static PacketSet unionAll(Collection<PacketSet> sets) {
    List<Node> roots = new ArrayList<>(sets.size());
    for (PacketSet set : sets) {
      roots.add(set.root);
    }
    return of(NodeOps.unionAll(roots));
  }

  // ---------------------------------------------------------------- algebra

  public PacketSet union(PacketSet other) {
    return of(NodeOps.union(root, other.root));
  }

  public PacketSet intersection(PacketSet other) {
    return of(NodeOps.intersection(root, other.root));
  }

  public PacketSet minus(PacketSet other) {
    return of(NodeOps.difference(root, other.root));
  }

  /** Every valid packet that is not in this set. */
  public PacketSet complement() {
    return of(NodeOps.difference(Trees.UNIVERSE, root));
  }

  public boolean isEmpty() {
    return root == Node.EMPTY;
  }

  public boolean contains(Packet packet) {
    return TreeWalks.contains(root, packet);
  }

  public boolean containsAll(PacketSet other) {
    return other.minus(this).isEmpty();
  }

  public boolean intersects(PacketSet other) {
    return !intersection(other).isEmpty();
  }

  /** The packets of one IP version only. */
  public PacketSet only(IpFamily family) {
    return intersection(family(family));
  }

  // ---------------------------------------------------------------- reshaping and projections

  /** The replies: source and destination swapped (addresses, and ports for TCP/UDP). */
  public PacketSet reversed() {
    return of(TreeWalks.reversed(root));
  }

  /**
   * Forgets the source port of TCP/UDP packets: a packet is in the result when the set holds it with
   * some source port ("exists a source port such that…").
   */
  public PacketSet withAnySourcePort() {
    return of(TreeWalks.withAnySourcePort(root));
  }

  /**
   * The ICMP (ICMPv6) packets of type {@code toType} that equal a packet of the set of type
   * {@code fromType} in every other field; e.g. echo requests (8) retyped to their replies (0).
   */
  public PacketSet icmpRetyped(int fromType, int toType) {
    if (fromType < 0 || fromType > 255 || toType < 0 || toType > 255) {
      throw new IllegalArgumentException("ICMP types are 0-255");
    }
    return of(TreeWalks.icmpRetyped(root, fromType, toType));
  }

  /** The source addresses of the packets of the set. */
  public AddressSet sourceAddresses() {
    return TreeWalks.sourceAddresses(root);
  }

  /** The destination addresses of the packets of the set. */
  public AddressSet destinationAddresses() {
    return TreeWalks.destinationAddresses(root);
  }

  // ---------------------------------------------------------------- enumeration

  /** Disjoint boxes whose union is the set; ranges are maximal in tree order; classes never mix. */
  public List<PacketBox> boxes() {
    return TreeWalks.boxes(root);
  }

  /**
   * Disjoint (family, protocols, layer-4 ranges, sources × destinations) pieces whose union is the
   * set. The layer-4 ranges are maximal: two touching ranges never carry the same addresses.
   */
  public List<ServiceSlice> slices() {
    return TreeWalks.slices(root);
  }

  /** Number of tree nodes: what the set costs in memory and time. */
  public int nodeCount() {
    return root.countNodes();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PacketSet other && root.equals(other.root);
  }

  @Override
  public int hashCode() {
    return root.hashCode();
  }

  @Override
  public String toString() {
    if (isEmpty()) {
      return "{}";
    }
    List<PacketBox> boxes = boxes();
    String shown = boxes.stream().limit(8).map(PacketBox::toString).collect(Collectors.joining(", "));
    return "{" + shown + (boxes.size() > 8 ? ", … (" + boxes.size() + " boxes)" : "") + "}";
  }
}
