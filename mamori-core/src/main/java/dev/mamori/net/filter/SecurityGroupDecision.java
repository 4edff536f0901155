package dev.mamori.net.filter;

import java.util.List;
import java.util.Optional;

/**
 * What the security groups of an interface decide for one packet: the first allowing rule (groups in
 * their attachment order, rules in their listed order), or none. {@code unknowns} explains an
 * UNKNOWN outcome.
 */
public record SecurityGroupDecision(
    Outcome outcome, Optional<SecurityGroupRuleMatch> rule, List<String> groupIds, List<String> unknowns) {

  public SecurityGroupDecision {
    groupIds = List.copyOf(groupIds);
    unknowns = List.copyOf(unknowns);
  }
}
