package dev.mamori.audit.checks.network;

import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.audit.Explanation.NetworkTrace.Hop;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclDecision;
import dev.mamori.net.filter.NaclEntryMatch;
import dev.mamori.net.filter.SecurityGroupRuleMatch;
import dev.mamori.net.reach.HopRule;
import dev.mamori.net.reach.ReachResult;
import java.util.ArrayList;
import java.util.List;


/**
 * The network engine's answers written as explanation hops: a reach trace hop by hop, or the
 * security group rules and network ACL entries that decide. Only wording: every decision quoted
 * here was made by the engine.
 */
final class NetworkHops {
  private NetworkHops() {}

  /** The forward path of a reach answer, then its return path as a second flow when there is one. */
  static List<Flow> of(String flow, ReachResult reach) {
    List<Flow> out = new ArrayList<>();
    out.add(new Flow(flow + " (" + reach.verdict() + ", traced from " + reach.packet() + ")",
        reach.forward().stream().map(NetworkHops::of).toList()));
    if (!reach.returnPath().isEmpty()) {
      out.add(new Flow("its reply", reach.returnPath().stream().map(NetworkHops::of).toList()));
    }
    return out;
  }

  static Hop of(dev.mamori.net.reach.Hop hop) {
    return new Hop(hop.kind(), hop.id(), hop.direction().map(Direction::jsonName).orElse(""), hop.decision().name(),
        hop.rule().map(NetworkHops::ruleText).orElse(""), hop.detail());
  }

  /** A security group rule that lets the packets in question through. */
  static Hop of(SecurityGroupRuleMatch rule) {
    return new Hop("security-group", rule.group().id(), rule.direction().jsonName(), "ALLOWED", ruleText(rule),
        "allowed by " + rule.summary());
  }

  /** A network ACL entry that matches the packets in question first. */
  static Hop of(NaclEntryMatch entry) {
    Direction direction = entry.entry().egress() ? Direction.EGRESS : Direction.INGRESS;
    return new Hop("network-acl", entry.acl().id(), direction.jsonName(), entry.allows() ? "ALLOWED" : "DENIED",
        Integer.toString(entry.entry().ruleNumber()), (entry.allows() ? "allowed by " : "denied by ") + entry.summary());
  }

  /** What a network ACL decided for one packet. */
  static Hop of(NaclDecision decision, Direction direction) {
    return new Hop("network-acl", decision.acl().id(), direction.jsonName(), decision.outcome().name(),
        Integer.toString(decision.ruleNumber()), (decision.allowed() ? "allowed by " : "denied by ") + decision.summary());
  }

  private static String ruleText(HopRule rule) {
    if (rule instanceof HopRule.NetworkAclRule n) {
      return Integer.toString(n.decision().ruleNumber());
    }
    if (rule instanceof HopRule.SecurityGroupRule s) {
      return ruleText(s.match());
    }
    HopRule.RouteRule r = (HopRule.RouteRule) rule;
    return r.prefix() + " -> " + r.route().target().id();
  }

  private static String ruleText(SecurityGroupRuleMatch rule) {
    String peerWord = rule.direction() == Direction.INGRESS ? " from " : " to ";
    return rule.serviceText() + peerWord + rule.peerText();
  }

}
