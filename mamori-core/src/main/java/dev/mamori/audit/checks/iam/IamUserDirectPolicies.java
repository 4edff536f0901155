package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.IamUser;
import java.util.ArrayList;
import java.util.List;

/** CIS 1.14: IAM users have no policies of their own, inline or attached; they get them from groups. */
public final class IamUserDirectPolicies implements Check {
  @Override
  public String id() {
    return "iam-user-direct-policies";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (IamUser user : ctx.model().users()) {
      List<String> direct = new ArrayList<>(user.attachedPolicyArns());
      user.inlinePolicies().stream().map(InlinePolicy::name).map(n -> "inline policy " + n).forEach(direct::add);
      CheckResult r = direct.isEmpty()
          ? CheckResult.pass(user.arn(), "global", user.name() + " has no policies of its own")
          : CheckResult.fail(user.arn(), "global", user.name() + " has " + direct.size() + " polic"
              + (direct.size() == 1 ? "y" : "ies") + " attached directly").because(direct.toArray(String[]::new));
      out.add(r.withRemediationValue("user", user.name()));
    }
    return out;
  }
}
