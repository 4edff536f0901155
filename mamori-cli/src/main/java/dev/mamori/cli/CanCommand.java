package dev.mamori.cli;

import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.RequestPrincipal;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori can SNAPSHOT --principal P --action A --resource R}: one IAM decision, with its reasons. */
@Command(name = "can", description = "Decide whether a principal can perform an action on a resource, and why.")
final class CanCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Mixin ContextOptions context;

  @Option(names = "--principal", required = true, paramLabel = "ARN|root|anonymous",
      description = "Who asks: an IAM user/role/session ARN, root (this account's root user), anonymous, or an ARN of another account.")
  String principal;

  @Option(names = "--action", required = true, paramLabel = "SVC:Action")
  String action;

  @Option(names = "--resource", required = true, paramLabel = "ARN")
  String resource;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AccountAuthorizer authorizer = new AccountAuthorizer(snapshot.load(spec.commandLine().getErr()).model());
    RequestPrincipal who = authorizer.principal(principal).orElseThrow(() -> new UserInputException(
        "--principal " + principal + ": expected an IAM user, role or assumed-role ARN, root, or anonymous"));
    IamOptions.requireAction(action);
    AuthorizationResult result = authorizer.can(who, action, resource, context.context());
    if (format == OutputFormat.json) {
      Json.print(out, IamJson.decision(result));
    } else {
      IamJson.decisionText(out, result);
    }
    return ExitCodes.OK;
  }
}
