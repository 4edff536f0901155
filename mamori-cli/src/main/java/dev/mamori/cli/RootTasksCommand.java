package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.iam.root.RootTask;
import dev.mamori.iam.root.RootTaskCatalog;
import dev.mamori.iam.root.RootTaskList;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori root-tasks [--policy 2018|current]}: the tasks only the account root user can do. */
@Command(name = "root-tasks", description = "List the tasks that only the AWS account root user can perform.")
final class RootTasksCommand implements Callable<Integer> {

  @Option(names = "--policy", defaultValue = "current", paramLabel = "2018|current",
      description = "Which version of AWS's list (default: ${DEFAULT-VALUE}).")
  String version;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    RootTaskList list = RootTaskCatalog.version(version).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--policy " + version + ": expected one of " + String.join(", ", RootTaskCatalog.versions())));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      ObjectNode doc = Json.object();
      doc.put("policy", list.version());
      doc.put("source", list.source());
      ArrayNode tasks = doc.putArray("tasks");
      list.tasks().forEach(t -> tasks.addObject().put("id", t.id()).put("task", t.task()));
      Json.print(out, doc);
    } else {
      out.println("Tasks only the root user can perform (" + list.version() + "):");
      for (RootTask t : list.tasks()) {
        out.println("  - " + t.task());
      }
      out.println("Source: " + list.source());
    }
    return ExitCodes.OK;
  }
}
