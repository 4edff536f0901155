package dev.mamori.audit.checks.network;

import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroupRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Security group rules written back the way AWS prints them: the {@code --ip-permissions} JSON of
 * the AWS CLI (for remediation commands) and one line per rule (for explanations). Only
 * formatting: what a rule allows is the network engine's to say.
 */
final class IpPermissions {
  private IpPermissions() {}

  static String describe(String direction, List<SecurityGroupRule> rules) {
    if (rules.isEmpty()) {
      return direction + ": no rules";
    }
    List<String> parts = new ArrayList<>();
    for (SecurityGroupRule r : rules) {
      String ports = r.ports().map(p -> " " + p).orElse("");
      List<String> peers = r.peers().stream().map(IpPermissions::peer).toList();
      parts.add(r.protocol() + ports + " " + (peers.isEmpty() ? "(no peers)" : String.join(" ", peers)));
    }
    return direction + ": " + String.join("; ", parts);
  }

  static String json(List<SecurityGroupRule> rules) {
    List<String> permissions = new ArrayList<>();
    for (SecurityGroupRule r : rules) {
      StringBuilder p = new StringBuilder("{\"IpProtocol\":\"").append(r.protocol().awsName()).append('"');
      r.ports().ifPresent(range -> p.append(",\"FromPort\":").append(range.from()).append(",\"ToPort\":").append(range.to()));
      r.icmp().ifPresent(i -> p.append(",\"FromPort\":").append(i.type()).append(",\"ToPort\":").append(i.code()));
      appendPeers(p, r.peers());
      permissions.add(p.append('}').toString());
    }
    return "[" + String.join(",", permissions) + "]";
  }

  private static void appendPeers(StringBuilder p, List<RulePeer> peers) {
    List<String> v4 = new ArrayList<>();
    List<String> v6 = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (RulePeer peer : peers) {
      if (peer instanceof RulePeer.CidrPeer c) {
        (c.cidr().ipv6() ? v6 : v4).add(c.cidr().ipv6() ? "{\"CidrIpv6\":\"" + c.cidr() + "\"}" : "{\"CidrIp\":\"" + c.cidr() + "\"}");
      } else if (peer instanceof RulePeer.PrefixListPeer l) {
        lists.add("{\"PrefixListId\":\"" + l.prefixListId() + "\"}");
      } else if (peer instanceof RulePeer.GroupPeer g) {
        groups.add("{\"GroupId\":\"" + g.groupId() + "\"}");
      }
    }
    appendList(p, "IpRanges", v4);
    appendList(p, "Ipv6Ranges", v6);
    appendList(p, "PrefixListIds", lists);
    appendList(p, "UserIdGroupPairs", groups);
  }

  private static void appendList(StringBuilder p, String key, List<String> items) {
    if (!items.isEmpty()) {
      p.append(",\"").append(key).append("\":[").append(String.join(",", items)).append(']');
    }
  }

  private static String peer(RulePeer peer) {
    if (peer instanceof RulePeer.CidrPeer c) {
      return c.cidr().toString();
    }
    if (peer instanceof RulePeer.PrefixListPeer l) {
      return l.prefixListId();
    }
    return ((RulePeer.GroupPeer) peer).groupId();
  }
}
