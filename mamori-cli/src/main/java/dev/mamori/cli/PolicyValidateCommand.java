package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.iam.policy.PolicyProblem;
import dev.mamori.iam.validate.PolicyType;
import dev.mamori.iam.validate.PolicyValidator;
import dev.mamori.iam.validate.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mamori policy validate FILE [--type T]}: would IAM accept this document? Exit 1 when not. */
@Command(name = "validate", description = "Check a policy document as IAM would; exit code 1 when it has errors.")
final class PolicyValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "The policy document (JSON).")
  Path file;

  @Option(names = "--type", defaultValue = "identity", paramLabel = "TYPE",
      description = "identity, resource, trust, scp, rcp, boundary or session (default: ${DEFAULT-VALUE}).")
  String type;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PolicyType policyType = PolicyType.ofCliName(type).orElseThrow(() -> new picocli.CommandLine.ParameterException(
        spec.commandLine(), "--type " + type + ": expected identity, resource, trust, scp, rcp, boundary or session"));
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserInputException(file + ": cannot read the file (" + e.getMessage() + ")");
    }
    ValidationReport report = PolicyValidator.validate(json, policyType);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      ObjectNode doc = Json.object();
      doc.put("valid", report.valid());
      ArrayNode errors = doc.putArray("errors");
      report.errors().forEach(e -> errors.addObject().put("message", e.message()).put("path", e.path()));
      Json.print(out, doc);
    } else if (report.valid()) {
      out.println(file + ": valid " + policyType.cliName() + " policy");
    } else {
      for (PolicyProblem e : report.errors()) {
        out.println(file + ": " + e.path() + ": " + e.message());
      }
    }
    return report.valid() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
