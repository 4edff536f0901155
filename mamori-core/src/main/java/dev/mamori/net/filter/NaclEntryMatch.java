package dev.mamori.net.filter;

import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.RuleAction;
import dev.mamori.net.PacketSet;

/** One network ACL entry and the packets it matches (whatever the entries before it say). */
public record NaclEntryMatch(NetworkAcl acl, NetworkAclEntry entry, PacketSet packets) {

  public boolean allows() {
    return entry.action() == RuleAction.ALLOW;
  }

  /** {@code acl-1 rule 100 allow tcp 22 from 0.0.0.0/0}. */
  public String summary() {
    String peerWord = entry.egress() ? " to " : " from ";
    String number = entry.isDefaultRule() ? "* (" + entry.ruleNumber() + ")" : entry.label();
    return acl.id() + " rule " + number + " " + (allows() ? "allow " : "deny ")
        + RuleText.service(entry.protocol(), entry.ports(), entry.icmp()) + peerWord + entry.cidr();
  }
}
