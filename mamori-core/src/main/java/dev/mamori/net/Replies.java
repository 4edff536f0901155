package dev.mamori.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reply of a connection, which stateless filters (network ACLs) must let through on its own.
 * TCP, UDP and other protocols: source and destination swapped (addresses and ports). ICMP: only
 * query messages have a reply, of the matching reply type with the same code (IPv4 echo 8 → 0,
 * timestamp 13 → 14, information 15 → 16, address mask 17 → 18; ICMPv6 echo 128 → 129); every other
 * ICMP message (errors, unsolicited replies, router discovery, …) is one-way and needs no reply.
 */
public final class Replies {

  private static final Map<Integer, Integer> IPV4_QUERIES = Map.of(8, 0, 13, 14, 15, 16, 17, 18);
  private static final Map<Integer, Integer> IPV6_QUERIES = Map.of(128, 129);

  private static final PacketSet NOT_ICMP = PacketSet.universe().minus(
      PacketSet.icmpTypes(IntRange.of(0, 255)));

  private Replies() {}

  /** The reply to a packet, or empty for a one-way ICMP message. */
  public static Optional<Packet> replyTo(Packet packet) {
    if (packet.protocolClass() != ProtocolClass.ICMP) {
      return Optional.of(packet.reversed());
    }
    Integer replyType = queries(packet.family()).get(packet.icmpType());
    if (replyType == null) {
      return Optional.empty();
    }
    return Optional.of(new Packet(packet.protocol(), packet.destination(), packet.source(), 0, 0, replyType,
        packet.icmpCode()));
  }

  /**
   * The packets whose reply is in {@code replies} (one-way ICMP messages always qualify): what a
   * stateless filter that lets {@code replies} through means for the connections it answers.
   */
  public static PacketSet whoseReplyIsIn(PacketSet replies) {
    List<PacketSet> parts = new ArrayList<>();
    parts.add(replies.intersection(NOT_ICMP).reversed());
    for (IpFamily family : IpFamily.values()) {
      PacketSet familyReplies = replies.only(family);
      for (Map.Entry<Integer, Integer> query : queries(family).entrySet()) {
        parts.add(familyReplies.icmpRetyped(query.getValue(), query.getKey()).reversed());
      }
    }
    parts.add(oneWay());
    return PacketSet.unionAll(parts);
  }

  /** The one-way ICMP and ICMPv6 messages: they have no reply, so no return path to check. */
  public static PacketSet oneWay() {
    return ONE_WAY;
  }

  private static final PacketSet ONE_WAY = buildOneWay();

  private static PacketSet buildOneWay() {
    PacketSet out = PacketSet.empty();
    for (IpFamily family : IpFamily.values()) {
      PacketSet queryTypes = PacketSet.empty();
      for (int type : queries(family).keySet()) {
        queryTypes = queryTypes.union(PacketSet.icmpTypes(IntRange.single(type)));
      }
      out = out.union(PacketSet.icmpTypes(IntRange.of(0, 255)).only(family).minus(queryTypes));
    }
    return out;
  }

  private static Map<Integer, Integer> queries(IpFamily family) {
    return family == IpFamily.IPV4 ? IPV4_QUERIES : IPV6_QUERIES;
  }
}
