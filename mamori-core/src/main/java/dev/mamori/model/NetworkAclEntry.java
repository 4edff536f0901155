package dev.mamori.model;

import java.util.Optional;

/**
 * One numbered network ACL rule. Rule numbers run 1–32766 for customer rules; AWS prints the
 * final {@code *} rules as 32767 (IPv4) and 32768 (IPv6).
 */
public record NetworkAclEntry(
    int ruleNumber,
    boolean egress,
    IpProtocol protocol,
    RuleAction action,
    Cidr cidr,
    Optional<PortRange> ports,
    Optional<IcmpTypeCode> icmp) {

  public static final int IPV4_DEFAULT_RULE = 32767;
  public static final int IPV6_DEFAULT_RULE = 32768;

  public NetworkAclEntry {
    if (ruleNumber < 1 || ruleNumber > IPV6_DEFAULT_RULE) {
      throw new IllegalArgumentException("expected a rule number within 1-32766, found " + ruleNumber);
    }
  }

  /** True for the {@code *} rule AWS adds at the end of every list. */
  public boolean isDefaultRule() {
    return ruleNumber >= IPV4_DEFAULT_RULE;
  }

  /** The rule number as the console shows it: {@code *} for the final rule. */
  public String label() {
    return isDefaultRule() ? "*" : Integer.toString(ruleNumber);
  }
}
