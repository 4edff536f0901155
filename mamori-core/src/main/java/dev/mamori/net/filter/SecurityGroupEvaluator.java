package dev.mamori.net.filter;

import dev.mamori.net.Packet;
import dev.mamori.net.PacketSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The security groups in force on one interface: the union of every attached group (allow rules
 * only, so the order does not change the answer), or the VPC's default group when the interface
 * lists none. Stateful: callers check the direction that opens the connection; replies pass.
 */
public final class SecurityGroupEvaluator {

  private final List<CompiledSecurityGroup> groups;
  private final List<String> groupIds;
  private final Bounded<PacketSet> ingress;
  private final Bounded<PacketSet> egress;

  /**
   * @param groups the compiled groups found in the snapshot
   * @param groupIds every group in force, including any the snapshot lacks
   * @param missing one reason per group in force that the snapshot lacks
   */
  public SecurityGroupEvaluator(List<CompiledSecurityGroup> groups, List<String> groupIds, List<String> missing) {
    this.groups = List.copyOf(groups);
    this.groupIds = List.copyOf(groupIds);
    this.ingress = unionOf(Direction.INGRESS, missing);
    this.egress = unionOf(Direction.EGRESS, missing);
  }

  public List<CompiledSecurityGroup> groups() {
    return groups;
  }

  /** The groups in force, by ID, in attachment order. */
  public List<String> groupIds() {
    return groupIds;
  }

  /** The packets the groups let through in one direction (the peer is the remote side). */
  public Bounded<PacketSet> allowed(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }

  public SecurityGroupDecision decide(Packet packet, Direction direction) {
    Bounded<PacketSet> allowed = allowed(direction);
    if (allowed.certain().contains(packet)) {
      for (CompiledSecurityGroup group : groups) {
        for (SecurityGroupRuleMatch rule : group.rules(direction)) {
          if (rule.packets().certain().contains(packet)) {
            return new SecurityGroupDecision(Outcome.ALLOWED, java.util.Optional.of(rule), groupIds, List.of());
          }
        }
      }
      throw new IllegalStateException("union allows a packet no rule allows: " + packet);
    }
    Outcome outcome = allowed.possible().contains(packet) ? Outcome.UNKNOWN : Outcome.DENIED;
    List<String> unknowns = outcome == Outcome.UNKNOWN ? allowed.unknowns() : List.of();
    return new SecurityGroupDecision(outcome, java.util.Optional.empty(), groupIds, unknowns);
  }

  private Bounded<PacketSet> unionOf(Direction direction, List<String> missing) {
    List<PacketSet> certain = new ArrayList<>();
    List<PacketSet> possible = new ArrayList<>();
    List<String> unknowns = new ArrayList<>(missing);
    for (CompiledSecurityGroup group : groups) {
      Bounded<PacketSet> allowed = group.allowed(direction);
      certain.add(allowed.certain());
      possible.add(allowed.possible());
      allowed.unknowns().stream().filter(r -> !unknowns.contains(r)).forEach(unknowns::add);
    }
    if (!missing.isEmpty()) {
      possible.add(PacketSet.universe());
    }
    return new Bounded<>(PacketSet.unionAll(certain), PacketSet.unionAll(possible), unknowns);
  }
}
