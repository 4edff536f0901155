package dev.mamori.net.filter;

import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IpFamily;
import dev.mamori.net.Packet;
import dev.mamori.net.PacketSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A network ACL: stateless, numbered entries per direction, lowest number first, first match wins,
 * anything unmatched denied. The remote address is the source for inbound entries and the
 * destination for outbound ones. Each direction compiles to one exact set of allowed packets.
 */
public final class NetworkAclEvaluator {

  private final NetworkAcl acl;
  private final List<NaclEntryMatch> inbound;
  private final List<NaclEntryMatch> outbound;
  private final PacketSet inboundAllowed;
  private final PacketSet outboundAllowed;

  public NetworkAclEvaluator(NetworkAcl acl) {
    this(acl, new ServiceSetCache());
  }

  /** Compiles with shared service and address sets (an engine compiles many ACLs with one cache). */
  public NetworkAclEvaluator(NetworkAcl acl, ServiceSetCache cache) {
    this.acl = acl;
    this.inbound = compile(acl, false, cache);
    this.outbound = compile(acl, true, cache);
    this.inboundAllowed = firstMatchAllowed(inbound);
    this.outboundAllowed = firstMatchAllowed(outbound);
  }

  public NetworkAcl acl() {
    return acl;
  }

  /** Entries of one direction, lowest rule number first. */
  public List<NaclEntryMatch> entries(Direction direction) {
    return direction == Direction.INGRESS ? inbound : outbound;
  }

  /** Every packet the ACL lets cross in one direction. */
  public PacketSet allowed(Direction direction) {
    return direction == Direction.INGRESS ? inboundAllowed : outboundAllowed;
  }

  /**
   * The entries that decide some of {@code packets} in one direction, lowest number first, each with
   * the part it decides. What none decides falls to the implicit final deny.
   */
  public List<NaclDecidingEntry> decidingEntries(Direction direction, PacketSet packets) {
    List<NaclDecidingEntry> out = new ArrayList<>();
    PacketSet undecided = packets;
    for (NaclEntryMatch match : entries(direction)) {
      if (undecided.isEmpty()) {
        break;
      }
      PacketSet decided = undecided.intersection(match.packets());
      if (!decided.isEmpty()) {
        out.add(new NaclDecidingEntry(match, decided));
        undecided = undecided.minus(match.packets());
      }
    }
    return out;
  }

  public NaclDecision decide(Packet packet, Direction direction) {
    for (NaclEntryMatch match : entries(direction)) {
      if (match.packets().contains(packet)) {
        return new NaclDecision(acl, match.allows(), match.entry().ruleNumber(), Optional.of(match));
      }
    }
    int star = packet.family() == IpFamily.IPV4 ? NetworkAclEntry.IPV4_DEFAULT_RULE : NetworkAclEntry.IPV6_DEFAULT_RULE;
    return new NaclDecision(acl, false, star, Optional.empty());
  }

  private static List<NaclEntryMatch> compile(NetworkAcl acl, boolean egress, ServiceSetCache cache) {
    List<NaclEntryMatch> out = new ArrayList<>();
    for (NetworkAclEntry entry : acl.entries(egress)) {
      PacketSet service = cache.service(entry.protocol(), entry.ports(), entry.icmp());
      PacketSet packets = service.intersection(cache.peer(AddressSet.of(entry.cidr()), !egress));
      out.add(new NaclEntryMatch(acl, entry, packets));
    }
    return List.copyOf(out);
  }

  /** Each allow entry contributes what no earlier entry matched; the rest is denied. */
  private static PacketSet firstMatchAllowed(List<NaclEntryMatch> entries) {
    PacketSet matchedBefore = PacketSet.empty();
    List<PacketSet> allowed = new ArrayList<>();
    for (NaclEntryMatch match : entries) {
      if (match.allows()) {
        allowed.add(match.packets().minus(matchedBefore));
      }
      matchedBefore = matchedBefore.union(match.packets());
    }
    return PacketSet.unionAll(allowed);
  }
}
