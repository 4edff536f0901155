package dev.mamori.cli;

import dev.mamori.snapshot.InputError;
import dev.mamori.snapshot.InvalidSnapshotException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code mamori} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line; used by the tests as well. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new MamoriCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL_ERROR);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, debug));
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      // By now the stack has unwound and the snapshot is garbage: there is room to say so.
      out.flush();
      err.println("error: not enough memory for this snapshot (Java heap of "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); give Mamori more, e.g."
          + " MAMORI_JAVA_OPTS=-Xmx8g ./mamori ... (a 100,000-interface account needs about 1 GiB)");
      code = ExitCodes.OUT_OF_MEMORY;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, PrintWriter err, boolean debug) {
    if (e instanceof InvalidSnapshotException invalid) {
      for (InputError error : invalid.errors()) {
        err.println("error: " + error);
      }
      return ExitCodes.INVALID_INPUT;
    }
    if (e instanceof UserInputException input) {
      err.println("error: " + input.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    err.println("internal error: " + e + (debug ? "" : " (run with --debug for details; please report it)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
