package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.account.PrincipalDecision;
import dev.mamori.iam.account.WhoCan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori who-can SNAPSHOT --action A --resource R}: the principals allowed, and whether an
 * anonymous or any-account caller is ({@code public}).
 */
@Command(name = "who-can", description = "List who can perform an action on a resource; public when anyone can.")
final class WhoCanCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Mixin ContextOptions context;

  @Option(names = "--action", required = true, paramLabel = "SVC:Action")
  String action;

  @Option(names = "--resource", required = true, paramLabel = "ARN")
  String resource;

  @Option(names = "--all", description = "Also list the principals that are denied, with their decision.")
  boolean all;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IamOptions.requireAction(action);
    AccountAuthorizer authorizer = new AccountAuthorizer(snapshot.load(spec.commandLine().getErr()).model());
    WhoCan answer = authorizer.whoCan(action, resource, context.context());
    if (format == OutputFormat.json) {
      ObjectNode doc = Json.object();
      ArrayNode principals = doc.putArray("principals");
      for (PrincipalDecision d : all ? answer.decisions() : answer.allowed()) {
        ObjectNode p = principals.addObject().put("arn", d.arn()).put("decision", d.result().decision().name());
        // Only the uncertain ones carry the fields: a who-can over thousands of principals stays readable.
        if (!d.result().certain()) {
          p.put("certain", false);
          IamJson.unknowns(p, d.result().unknowns());
        }
      }
      doc.put("public", answer.isPublic());
      doc.put("publicCertain", answer.isPublicCertain());
      IamJson.unknowns(doc, answer.publicUnknowns());
      Json.print(out, doc);
    } else {
      out.println(answer.allowed().size() + " principal(s) allowed" + (answer.isPublic() ? " — PUBLIC" : "")
          + (answer.isPublicCertain() ? "" : (answer.isPublic() ? " (not certain)" : " — public access not ruled out")));
      for (PrincipalDecision d : all ? answer.decisions() : answer.allowed()) {
        out.println("  " + d.result().decision() + "  " + d.arn() + (d.result().certain() ? "" : "  (not certain)"));
      }
      IamJson.unknownsText(out, answer.publicUnknowns());
    }
    return ExitCodes.OK;
  }
}
