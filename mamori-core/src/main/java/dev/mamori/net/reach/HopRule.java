package dev.mamori.net.reach;

import dev.mamori.model.Cidr;
import dev.mamori.model.Route;
import dev.mamori.net.filter.NaclDecision;
import dev.mamori.net.filter.SecurityGroupRuleMatch;

/** The rule that decided a hop, quoted in the trace. */
public sealed interface HopRule {

  /** The security group rule (and peer) that allowed the packet. */
  record SecurityGroupRule(SecurityGroupRuleMatch match) implements HopRule {}

  /** The network ACL entry that matched first, or the final {@code *} rule. */
  record NetworkAclRule(NaclDecision decision) implements HopRule {}

  /** The route the table chose ({@code prefix}: the matching block, a prefix-list entry for list routes). */
  record RouteRule(Route route, Cidr prefix) implements HopRule {}
}
