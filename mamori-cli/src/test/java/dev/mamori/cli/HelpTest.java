package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {
  private static final List<List<String>> COMMANDS = List.of(List.of("inventory"), List.of("can"), List.of("who-can"),
      List.of("policy"), List.of("policy", "validate"), List.of("root-tasks"), List.of("pentest"), List.of("audit"),
      List.of("responsibility"), List.of("generate"), List.of("reach"), List.of("exposure"));

  @Test
  void everyCommandShowsItsUsageWithHelpAndExitsZero() {
    for (List<String> command : COMMANDS) {
      for (String flag : List.of("--help", "-h")) {
        String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(flag)).toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
        assertThat(run.out()).as(String.join(" ", args)).contains("Usage: mamori " + String.join(" ", command));
        assertThat(run.err()).as(String.join(" ", args)).isEmpty();
      }
    }
  }

  @Test
  void theTopCommandShowsItsUsageAndVersion() {
    assertThat(Cli.run("--help").out()).contains("Usage: mamori").contains("audit");
    Cli.Run version = Cli.run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("mamori " + MamoriCommand.VERSION);
  }

  @Test
  void aMissingOptionIsStillAUsageError() {
    Cli.Run run = Cli.run("reach", "examples/acme");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required options");
  }
}
