package dev.mamori.net;

import dev.mamori.model.IpAddress;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-outs and reshaping of trees: enumeration as boxes or slices, projections, reversal. */
final class TreeWalks {
  private TreeWalks() {}

  /** A maximal address range of one address level pair, with the subtree below it. */
  record AddressPiece(AddressRange range, Node below) {}

  /** A protocol interval that does not straddle protocol classes. */
  record ProtocolPiece(long low, long high, Node child) {}

  // ---------------------------------------------------------------- membership

  static boolean contains(Node root, Packet packet) {
    Node node = root.childFor(Level.familyValue(packet.family()));
    node = node.childFor(packet.protocol());
    node = node.childFor(packet.layer4Destination());
    node = node.childFor(packet.layer4Source());
    node = node.childFor(packet.source().high());
    node = node.childFor(packet.source().low());
    node = node.childFor(packet.destination().high());
    node = node.childFor(packet.destination().low());
    return node == Node.TRUE;
  }

  // ---------------------------------------------------------------- pieces

  /**
   * The protocol intervals of a family's protocol node, cut where the protocol class changes so that
   * each piece has one meaning for its layer-4 levels.
   */
  static List<ProtocolPiece> protocolPieces(IpFamily family, Node protocols) {
    long[] special = {Protocols.icmpFor(family), Protocols.TCP, Protocols.UDP};
    java.util.Arrays.sort(special);
    List<ProtocolPiece> out = new ArrayList<>();
    for (int i = 0; i < protocols.size(); i++) {
      long low = protocols.low(i);
      long high = protocols.high(i);
      for (long s : special) {
        if (s < low || s > high) {
          continue;
        }
        if (low < s) {
          out.add(new ProtocolPiece(low, s - 1, protocols.children[i]));
        }
        out.add(new ProtocolPiece(s, s, protocols.children[i]));
        low = s + 1;
      }
      if (low <= high) {
        out.add(new ProtocolPiece(low, high, protocols.children[i]));
      }
    }
    return out;
  }

  /**
   * The maximal 128-bit address ranges of an address level pair, each with the subtree below. Where a
   * high-word interval spans several values with a partial low word (only possible when each of those
   * values holds a range end), the values are walked one by one.
   */
  static List<AddressPiece> addressPieces(IpFamily family, Node highNode) {
    List<AddressPiece> out = new ArrayList<>();
    for (int i = 0; i < highNode.size(); i++) {
      long firstHigh = highNode.low(i);
      long lastHigh = highNode.high(i);
      Node lows = highNode.children[i];
      if (firstHigh == lastHigh || lows.coversWholeLevel()) {
        for (int j = 0; j < lows.size(); j++) {
          append(out, Addresses.of(family, firstHigh, lows.low(j)),
              Addresses.of(family, lastHigh, lows.high(j)), lows.children[j]);
        }
        continue;
      }
      for (long high = firstHigh; ; high++) {
        for (int j = 0; j < lows.size(); j++) {
          append(out, Addresses.of(family, high, lows.low(j)),
              Addresses.of(family, high, lows.high(j)), lows.children[j]);
        }
        if (high == lastHigh) {
          break;
        }
      }
    }
    return out;
  }

  private static void append(List<AddressPiece> out, IpAddress first, IpAddress last, Node below) {
    if (!out.isEmpty()) {
      AddressPiece previous = out.get(out.size() - 1);
      if (Addresses.isFollowedBy(previous.range().last(), first)
          && (previous.below() == below || previous.below().equals(below))) {
        out.set(out.size() - 1, new AddressPiece(new AddressRange(previous.range().first(), last), below));
        return;
      }
    }
    out.add(new AddressPiece(new AddressRange(first, last), below));
  }

  // ---------------------------------------------------------------- enumeration

  /** What sits below one (family, protocols, destination ports, source ports) cell of a tree. */
  @FunctionalInterface
  private interface Layer4Visitor {
    void visit(IpFamily family, IntRange protocols, IntRange destinationPorts, IntRange sourcePorts, Node sourceHigh);
  }

  /** Walks the family, protocol and port levels down to each cell's source-address subtree. */
  private static void forEachLayer4Cell(Node root, Layer4Visitor visitor) {
    for (int f = 0; f < root.size(); f++) {
      IpFamily family = Level.familyOf(root.low(f));
      for (ProtocolPiece protocol : protocolPieces(family, root.children[f])) {
        IntRange protocols = new IntRange((int) protocol.low(), (int) protocol.high());
        Node l4d = protocol.child();
        for (int d = 0; d < l4d.size(); d++) {
          IntRange destinationPorts = new IntRange((int) l4d.low(d), (int) l4d.high(d));
          Node l4s = l4d.children[d];
          for (int s = 0; s < l4s.size(); s++) {
            visitor.visit(family, protocols, destinationPorts, new IntRange((int) l4s.low(s), (int) l4s.high(s)),
                l4s.children[s]);
          }
        }
      }
    }
  }

  static List<PacketBox> boxes(Node root) {
    List<PacketBox> out = new ArrayList<>();
    forEachLayer4Cell(root, (family, protocols, destinationPorts, sourcePorts, sourceHigh) -> {
      for (AddressPiece source : addressPieces(family, sourceHigh)) {
        for (AddressPiece destination : addressPieces(family, source.below())) {
          out.add(new PacketBox(family, protocols, source.range(), destination.range(), sourcePorts, destinationPorts));
        }
      }
    });
    return out;
  }

  static List<ServiceSlice> slices(Node root) {
    List<ServiceSlice> out = new ArrayList<>();
    forEachLayer4Cell(root, (family, protocols, destinationPorts, sourcePorts, sourceHigh) ->
        addSlices(out, family, protocols, destinationPorts, sourcePorts, sourceHigh));
    return out;
  }

  /** Groups the source ranges by their (equal) destination subtree: one product per group. */
  private static void addSlices(List<ServiceSlice> out, IpFamily family, IntRange protocols,
      IntRange destinationPorts, IntRange sourcePorts, Node sourceHigh) {
    Map<Node, List<AddressRange>> sourcesByDestinations = new LinkedHashMap<>();
    for (AddressPiece source : addressPieces(family, sourceHigh)) {
      sourcesByDestinations.computeIfAbsent(source.below(), k -> new ArrayList<>()).add(source.range());
    }
    sourcesByDestinations.forEach((destinationHigh, sourceRanges) -> {
      List<AddressRange> destinationRanges = new ArrayList<>();
      for (AddressPiece destination : addressPieces(family, destinationHigh)) {
        destinationRanges.add(destination.range());
      }
      out.add(new ServiceSlice(family, protocols, destinationPorts, sourcePorts,
          AddressSet.ofRanges(sourceRanges), AddressSet.ofRanges(destinationRanges)));
    });
  }

  // ---------------------------------------------------------------- projections

  static AddressSet sourceAddresses(Node root) {
    return addressesAt(root, Level.SOURCE_HIGH);
  }

  static AddressSet destinationAddresses(Node root) {
    return addressesAt(root, Level.DESTINATION_HIGH);
  }

  private static AddressSet addressesAt(Node root, int highLevel) {
    List<AddressRange> ranges = new ArrayList<>();
    for (int f = 0; f < root.size(); f++) {
      IpFamily family = Level.familyOf(root.low(f));
      Map<Node, Boolean> nodes = new IdentityHashMap<>();
      collectAt(root.children[f], highLevel, nodes);
      for (Node high : nodes.keySet()) {
        for (AddressPiece piece : addressPieces(family, high)) {
          ranges.add(piece.range());
        }
      }
    }
    return AddressSet.ofRanges(ranges);
  }

  private static void collectAt(Node node, int level, Map<Node, Boolean> into) {
    if (node.level == level) {
      into.put(node, Boolean.TRUE);
      return;
    }
    for (Node child : node.children) {
      collectAt(child, level, into);
    }
  }

  // ---------------------------------------------------------------- reshaping

  /** For TCP/UDP, forgets the source port: every source port of a packet in the set is in the result. */
  static Node withAnySourcePort(Node root) {
    Map<Node, Node> done = new IdentityHashMap<>();
    NodeBuilder families = new NodeBuilder(Level.FAMILY);
    for (int f = 0; f < root.size(); f++) {
      IpFamily family = Level.familyOf(root.low(f));
      NodeBuilder protocols = new NodeBuilder(Level.PROTOCOL);
      for (ProtocolPiece piece : protocolPieces(family, root.children[f])) {
        boolean ports = ProtocolClass.of(family, (int) piece.low()) == ProtocolClass.PORTS;
        Node child = ports ? done.computeIfAbsent(piece.child(), TreeWalks::anySourcePort) : piece.child();
        protocols.add(piece.low(), piece.high(), child);
      }
      families.add(root.low(f), root.high(f), protocols.build());
    }
    return families.build();
  }

  private static Node anySourcePort(Node layer4Destination) {
    NodeBuilder out = new NodeBuilder(Level.L4_DESTINATION);
    for (int d = 0; d < layer4Destination.size(); d++) {
      Node layer4Source = layer4Destination.children[d];
      Node addresses = NodeOps.unionAll(List.of(layer4Source.children));
      out.add(layer4Destination.low(d), layer4Destination.high(d),
          Trees.chain(Level.L4_SOURCE, new long[] {0, 65535}, addresses));
    }
    return out.build();
  }

  /**
   * The ICMP packets of type {@code toType} whose other fields match a packet of type
   * {@code fromType} in the set: how an echo request set becomes the matching echo reply set.
   */
  static Node icmpRetyped(Node root, int fromType, int toType) {
    NodeBuilder families = new NodeBuilder(Level.FAMILY);
    for (int f = 0; f < root.size(); f++) {
      IpFamily family = Level.familyOf(root.low(f));
      long icmp = Protocols.icmpFor(family);
      Node layer4 = root.children[f].childFor(icmp).childFor(fromType);
      Node retyped = Trees.chain(Level.L4_DESTINATION, new long[] {toType, toType}, layer4);
      families.add(root.low(f), root.high(f), Trees.chain(Level.PROTOCOL, new long[] {icmp, icmp}, retyped));
    }
    return families.build();
  }

  /** Swaps source and destination addresses, and ports for TCP/UDP: the set of replies. */
  static Node reversed(Node root) {
    List<Node> parts = new ArrayList<>();
    for (PacketBox box : boxes(root)) {
      boolean ports = box.protocolClass() == ProtocolClass.PORTS;
      parts.add(ofBox(new PacketBox(box.family(), box.protocols(), box.destinations(), box.sources(),
          ports ? box.destinationPorts() : box.sourcePorts(),
          ports ? box.sourcePorts() : box.destinationPorts())));
    }
    return NodeOps.unionAll(parts);
  }

  static Node ofBox(PacketBox box) {
    return Trees.product(box.family(), Trees.interval(box.protocols()),
        Trees.interval(box.destinationPorts()), Trees.interval(box.sourcePorts()),
        AddressSet.ofRanges(List.of(box.sources())), AddressSet.ofRanges(List.of(box.destinations())));
  }
}
