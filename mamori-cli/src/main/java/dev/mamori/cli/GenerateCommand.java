package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.generate.GeneratorSpec;
import dev.mamori.generate.SnapshotGenerator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mamori generate OUT --interfaces N [--seed S]}: a synthetic snapshot for benchmarks and scale tests. */
@Command(name = "generate", description = "Write a deterministic synthetic snapshot (AWS CLI JSON) of the given size.")
final class GenerateCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OUT", description = "Directory to write (created when missing).")
  Path out;

  @Option(names = "--interfaces", required = true, paramLabel = "N",
      description = "Number of network interfaces; every other count follows from it.")
  int interfaces;

  @Option(names = "--seed", defaultValue = "" + GeneratorSpec.DEFAULT_SEED, paramLabel = "S",
      description = "Seed; the same seed gives byte-identical output (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (interfaces < 1) {
      throw new ParameterException(spec.commandLine(), "--interfaces must be at least 1, found " + interfaces);
    }
    SnapshotGenerator.Result result;
    try {
      result = SnapshotGenerator.generate(out, new GeneratorSpec(interfaces, seed));
    } catch (UncheckedIOException e) {
      throw new UserInputException(e.getMessage());
    }
    PrintWriter w = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      ObjectNode doc = Json.object();
      doc.put("directory", result.directory().toString());
      doc.put("account", result.accountId());
      ObjectNode counts = doc.putObject("counts");
      result.counts().forEach(counts::put);
      Json.print(w, doc);
    } else {
      w.println("Wrote a synthetic snapshot of account " + result.accountId() + " to " + result.directory());
      result.counts().forEach((k, v) -> w.printf("  %-28s %,d%n", k, v));
    }
    return ExitCodes.OK;
  }
}
