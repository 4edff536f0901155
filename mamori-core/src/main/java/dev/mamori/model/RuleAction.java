package dev.mamori.model;

/** What a network ACL entry does with the packets it matches. */
public enum RuleAction {
  ALLOW,
  DENY
}
