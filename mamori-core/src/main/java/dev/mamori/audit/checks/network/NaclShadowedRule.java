package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.net.check.ShadowedNaclRules;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclEntryMatch;
import dev.mamori.net.filter.NetworkAclEvaluator;
import java.util.ArrayList;
import java.util.List;

/**
 * A network ACL entry that can never match: the network engine ({@link ShadowedNaclRules}) finds
 * entries whose every packet a lower-numbered entry of the same direction takes first. The finding
 * names each such entry and the entries that take its traffic.
 */
public final class NaclShadowedRule implements Check {
  @Override
  public String id() {
    return "nacl-shadowed-rule";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (NetworkAcl acl : ctx.model().networkAcls()) {
      NetworkAclEvaluator evaluator = ctx.engines().network().networkAcl(acl);
      out.add(judge(evaluator, ShadowedNaclRules.find(evaluator)));
    }
    return out;
  }

  private static CheckResult judge(NetworkAclEvaluator evaluator, List<ShadowedNaclRules.Shadowed> shadowed) {
    NetworkAcl acl = evaluator.acl();
    if (shadowed.isEmpty()) {
      return CheckResult.pass(acl.id(), acl.region(), "every rule of " + acl.id() + " can match some traffic");
    }
    List<Flow> flows = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    for (ShadowedNaclRules.Shadowed s : shadowed) {
      NaclEntryMatch entry = match(evaluator, s.direction(), s.entry());
      flows.add(new Flow(s.message() + ": " + entry.summary(),
          s.coveredBy().stream().map(e -> NetworkHops.of(match(evaluator, s.direction(), e))).toList()));
      commands.add("aws ec2 delete-network-acl-entry --network-acl-id {resource} --region {region} "
          + (s.direction() == Direction.INGRESS ? "--ingress" : "--egress") + " --rule-number " + s.entry().ruleNumber());
    }
    String message = String.join("; ", shadowed.stream().map(ShadowedNaclRules.Shadowed::message).toList());
    return CheckResult.fail(acl.id(), acl.region(), message)
        .because(new Explanation.NetworkTrace(flows))
        .withRemediation(String.join(" && ", commands)
            + "   # or, if a rule was meant to apply, renumber it before the rules that take its traffic");
  }

  private static NaclEntryMatch match(NetworkAclEvaluator evaluator, Direction direction, NetworkAclEntry entry) {
    return evaluator.entries(direction).stream().filter(m -> m.entry().equals(entry)).findFirst().orElseThrow();
  }
}
