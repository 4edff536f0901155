package dev.mamori.net.check;

import dev.mamori.model.NetworkAcl;
import dev.mamori.model.Subnet;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IntRange;
import dev.mamori.net.PacketSet;
import dev.mamori.net.Protocols;
import dev.mamori.net.Replies;
import dev.mamori.net.ServiceSlice;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nacl-return-traffic-blocked}: TCP or UDP traffic a network ACL lets in, whose replies its
 * (stateless) outbound rules drop for some client port in 1024–65535 — the forgotten ephemeral-port
 * rule. Client ports differ by client: Linux 32768–60999, Windows 49152–65535, NAT gateways, load
 * balancers and Lambda 1024–65535; each gap says which client ports are cut off. The same analysis
 * of traffic the ACL lets out, whose replies its inbound rules drop, is reported with
 * {@code initiated = OUTBOUND}. Only ACLs in force on some subnet are checked.
 */
public final class NaclReturnTraffic {

  public static final String CHECK_ID = "nacl-return-traffic-blocked";

  private static final PacketSet EPHEMERAL_CLIENTS = PacketSet.protocol(Protocols.TCP)
      .union(PacketSet.protocol(Protocols.UDP)).intersection(PacketSet.sourcePorts(IntRange.of(1024, 65535)));

  /** Which side opens the connections whose replies are dropped. */
  public enum Initiated {
    INBOUND,
    OUTBOUND
  }

  /**
   * Connections of {@code protocol} to {@code ports} between {@code remote} addresses and the subnet,
   * opened in the {@code initiated} direction, whose replies are dropped when the client uses a port
   * in {@code clientPorts}.
   */
  public record Gap(NetworkAcl acl, List<String> subnetIds, Initiated initiated, int protocol, IntRange ports,
      IntRange clientPorts, AddressSet remote) {

    public Gap {
      subnetIds = List.copyOf(subnetIds);
    }

    public String message() {
      String who = initiated == Initiated.INBOUND ? "inbound " : "outbound ";
      String remoteWord = initiated == Initiated.INBOUND ? " from " : " to ";
      String dropper = initiated == Initiated.INBOUND ? "outbound" : "inbound";
      return who + Protocols.name(protocol) + " " + ports + remoteWord + remote + " is allowed, but its " + dropper
          + " rules drop the replies to client ports " + clientPorts + affected(clientPorts);
    }

    /** Which kinds of client pick ports in the blocked range. */
    private static String affected(IntRange ports) {
      List<String> clients = new ArrayList<>();
      if (ports.from() <= 60999 && ports.to() >= 32768) {
        clients.add("Linux");
      }
      if (ports.to() >= 49152) {
        clients.add("Windows");
      }
      clients.add("NAT gateway, ELB and Lambda");
      return " (affects " + String.join(", ", clients) + " clients)";
    }
  }

  private NaclReturnTraffic() {}

  public static List<Gap> find(NetworkTopology topology) {
    List<Gap> out = new ArrayList<>();
    for (NetworkAcl acl : topology.model().networkAcls()) {
      List<String> subnets = subnetsUsing(topology, acl);
      if (!subnets.isEmpty()) {
        out.addAll(find(new NetworkAclEvaluator(acl), subnets));
      }
    }
    return out;
  }

  public static List<Gap> find(NetworkAclEvaluator acl, List<String> subnetIds) {
    List<Gap> out = new ArrayList<>();
    out.addAll(gaps(acl, subnetIds, Initiated.INBOUND, acl.allowed(Direction.INGRESS), acl.allowed(Direction.EGRESS)));
    out.addAll(gaps(acl, subnetIds, Initiated.OUTBOUND, acl.allowed(Direction.EGRESS), acl.allowed(Direction.INGRESS)));
    return out;
  }

  private static List<Gap> gaps(NetworkAclEvaluator acl, List<String> subnets, Initiated initiated, PacketSet opened,
      PacketSet repliesAllowed) {
    PacketSet dropped = opened.intersection(EPHEMERAL_CLIENTS).minus(Replies.whoseReplyIsIn(repliesAllowed));
    List<Gap> out = new ArrayList<>();
    for (ServiceSlice slice : dropped.slices()) {
      AddressSet remote = initiated == Initiated.INBOUND ? slice.sources() : slice.destinations();
      out.add(new Gap(acl.acl(), subnets, initiated, slice.protocols().from(), slice.destinationPorts(),
          slice.sourcePorts(), remote));
    }
    return out;
  }

  private static List<String> subnetsUsing(NetworkTopology topology, NetworkAcl acl) {
    List<String> out = new ArrayList<>();
    for (Subnet subnet : topology.model().subnets()) {
      if (topology.model().networkAclFor(subnet).filter(a -> a.id().equals(acl.id())).isPresent()) {
        out.add(subnet.id());
      }
    }
    return out;
  }

  /** One result per network ACL in force: FAIL listing the gaps of inbound-initiated traffic, else PASS. */
  public static List<NetworkCheckResult> evaluate(NetworkTopology topology) {
    List<NetworkCheckResult> out = new ArrayList<>();
    for (NetworkAcl acl : topology.model().networkAcls()) {
      List<String> subnets = subnetsUsing(topology, acl);
      if (subnets.isEmpty()) {
        continue;
      }
      List<Gap> gaps = find(new NetworkAclEvaluator(acl), subnets).stream()
          .filter(g -> g.initiated() == Initiated.INBOUND).toList();
      String message = gaps.isEmpty() ? "replies to what " + acl.id() + " lets in are let out"
          : acl.id() + " lets traffic in whose replies it drops";
      out.add(new NetworkCheckResult(CHECK_ID, acl.id(), acl.region(), gaps.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL,
          message, gaps.stream().map(Gap::message).toList()));
    }
    return out;
  }
}
