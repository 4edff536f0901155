package dev.mamori.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori policy ...}: commands on policy documents. */
@Command(name = "policy", description = "Work with IAM policy documents.", subcommands = {PolicyValidateCommand.class})
final class PolicyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand (validate)");
  }
}
