package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationRequest;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.FastEvaluator;
import dev.mamori.iam.eval.PolicySet;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.policy.ParseResult;
import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.model.IamGroup;
import dev.mamori.model.IamRole;
import dev.mamori.model.IamUser;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.ManagedPolicy;
import dev.mamori.model.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CIS 1.15: no attached policy allows every action on every resource. The IAM engine evaluates
 * each policy on its own for two probe requests with no condition keys: an action of a service
 * that does not exist (only a wildcard action, or a NotAction, can allow it) and
 * iam:CreateAccessKey (which a NotAction excluding IAM does not allow), both on a resource no
 * pattern but "*" names. A policy that allows both grants "*" on "*".
 */
public final class IamFullAdminPolicy implements Check {
  private static final List<String> PROBE_ACTIONS = List.of("mamoriprobe:AnyAction", "iam:CreateAccessKey");

  private final FastEvaluator evaluator = new FastEvaluator();

  @Override
  public String id() {
    return "iam-full-admin-policy";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<CheckResult> out = new ArrayList<>();
    for (ManagedPolicy p : ctx.model().managedPolicies()) {
      if (p.document().isEmpty()) {
        out.add(CheckResult.notEvaluated(p.arn(), "global", "the policy's default version is not in the snapshot"));
      } else {
        out.add(judge(ctx, p.arn(), p.name(), p.document().get(), p.attachmentCount() > 0));
      }
    }
    for (IamUser u : ctx.model().users()) {
      inline(ctx, u.arn(), u.inlinePolicies(), out);
    }
    for (IamGroup g : ctx.model().groups()) {
      inline(ctx, g.arn(), g.inlinePolicies(), out);
    }
    for (IamRole r : ctx.model().roles()) {
      if (!r.isServiceLinked()) {
        inline(ctx, r.arn(), r.inlinePolicies(), out);
      }
    }
    return out;
  }

  private void inline(AuditContext ctx, String owner, List<InlinePolicy> policies, List<CheckResult> out) {
    for (InlinePolicy p : policies) {
      out.add(judge(ctx, owner + "#inline/" + p.name(), p.name(), p.document(), true));
    }
  }

  private CheckResult judge(AuditContext ctx, String resource, String name, PolicyDocument document, boolean attached) {
    ParseResult parsed = PolicyParser.parse(document.json(), name);
    if (parsed instanceof ParseResult.Rejected rejected) {
      return CheckResult.notEvaluated(resource, "global", "the policy cannot be parsed: " + rejected.problem().message());
    }
    PolicySet set = PolicySet.identityOnly(List.of(((ParseResult.Parsed) parsed).policy()));
    AuthorizationResult first = null;
    for (String action : PROBE_ACTIONS) {
      AuthorizationResult r = evaluator.authorize(set, probe(ctx, action));
      if (!r.allowed()) {
        return CheckResult.pass(resource, "global", name + " does not allow \"*\" on \"*\"");
      }
      first = first == null ? r : first;
    }
    String question = "any action on any resource under " + name;
    return (attached
        ? CheckResult.fail(resource, "global", name + " allows \"*\" on \"*\" (full administrator) and is attached")
        : CheckResult.pass(resource, "global", name + " allows \"*\" on \"*\" but is attached to nothing"))
        .because(Statements.of(question, first));
  }

  private static AuthorizationRequest probe(AuditContext ctx, String action) {
    String account = ctx.engines().iam().accountId();
    RequestPrincipal caller = new RequestPrincipal.IamUser("arn:aws:iam::" + account + ":user/mamori-probe", account, "mamori-probe");
    return new AuthorizationRequest(caller, action, "arn:aws:mamoriprobe:us-east-1:" + account + ":thing/probe",
        Optional.of(account), RequestContext.empty());
  }
}
