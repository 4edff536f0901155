package dev.mamori.cli;

import picocli.CommandLine;

/** Entry point of the {@code mamori} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new MamoriCommand()).execute(args));
  }
}
