package dev.mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level command. Subcommands are listed explicitly here; each lives in its own class and
 * stays thin: parse arguments, call the library, render.
 */
@Command(
    name = "mamori",
    version = "mamori " + MamoriCommand.VERSION,
    description = "Checks the customer's half of the AWS shared responsibility model, offline, from AWS CLI output.",
    subcommands = {
      InventoryCommand.class,
      CanCommand.class,
      WhoCanCommand.class,
      PolicyCommand.class,
      RootTasksCommand.class,
      PentestCommand.class,
      AuditCommand.class,
      ResponsibilityCommand.class,
      GenerateCommand.class,
      ReachCommand.class,
      ExposureCommand.class,
    })
final class MamoriCommand implements Runnable {
  static final String VERSION = "0.1.0";

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of internal errors.")
  boolean debug;

  // Every subcommand inherits --help, so that `mamori reach --help` shows reach's usage (exit 0)
  // instead of complaining about its missing options.
  @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help message and exit.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print version information and exit.")
  boolean version;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
