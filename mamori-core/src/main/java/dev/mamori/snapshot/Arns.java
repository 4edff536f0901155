package dev.mamori.snapshot;

import java.util.Optional;

/** The parts of an ARN ({@code arn:partition:service:region:account:resource}) that the reader needs. */
final class Arns {
  private Arns() {}

  static Optional<String> region(String arn) {
    return part(arn, 3);
  }

  static Optional<String> account(String arn) {
    return part(arn, 4);
  }

  private static Optional<String> part(String arn, int index) {
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[0].equals("arn") || parts[index].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parts[index]);
  }
}
