package dev.mamori.cli;

import picocli.CommandLine.Command;

@Command(name = "mamori", mixinStandardHelpOptions = true, version = "mamori 0.1.0",
    description = "Checks the customer's half of the AWS shared responsibility model, offline.")
final class MamoriCommand {}
