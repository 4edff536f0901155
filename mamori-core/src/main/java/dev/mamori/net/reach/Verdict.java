package dev.mamori.net.reach;

/**
 * The answer for a flow. NOT_EVALUATED when no hop definitely drops the flow but some hop depends on
 * data the snapshot lacks (an uncollected prefix list, a group from another account) or leads
 * through a component Mamori does not model (a transit gateway, an appliance).
 */
public enum Verdict {
  ALLOWED,
  DENIED,
  NOT_EVALUATED
}
