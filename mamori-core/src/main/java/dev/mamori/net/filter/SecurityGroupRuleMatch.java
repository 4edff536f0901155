package dev.mamori.net.filter;

import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.net.PacketSet;
import java.util.Optional;

/**
 * One peer of one rule of a security group, with the packets it allows (bounded when the peer is a
 * prefix list or group the snapshot cannot resolve). AWS lists several peers under one rule; each is
 * quoted on its own, with its own description.
 */
public record SecurityGroupRuleMatch(
    SecurityGroup group,
    Direction direction,
    int ruleIndex,
    SecurityGroupRule rule,
    RulePeer peer,
    Bounded<PacketSet> packets) {

  /** The CIDR block, prefix list ID or group ID the rule names. */
  public String peerText() {
    if (peer instanceof RulePeer.CidrPeer c) {
      return c.cidr().toString();
    }
    if (peer instanceof RulePeer.PrefixListPeer p) {
      return p.prefixListId();
    }
    return ((RulePeer.GroupPeer) peer).groupId();
  }

  /** {@code cidr}, {@code prefix-list} or {@code security-group}. */
  public String peerKind() {
    if (peer instanceof RulePeer.CidrPeer) {
      return "cidr";
    }
    return peer instanceof RulePeer.PrefixListPeer ? "prefix-list" : "security-group";
  }

  public Optional<String> description() {
    return peer.description().filter(d -> !d.isBlank());
  }

  public String serviceText() {
    return RuleText.service(rule.protocol(), rule.ports(), rule.icmp());
  }

  /** {@code sg-1 (web) inbound tcp 22 from 0.0.0.0/0 "ssh from office"}. */
  public String summary() {
    String way = direction == Direction.INGRESS ? "inbound " : "outbound ";
    String peerWord = direction == Direction.INGRESS ? " from " : " to ";
    return group.id() + " (" + group.name() + ") " + way + serviceText() + peerWord + peerText()
        + description().map(d -> " \"" + d + "\"").orElse("");
  }
}
