package dev.mamori.cli;

/** Exit codes: a contract that scripts and CI pipelines rely on (see DESIGN.md). */
final class ExitCodes {
  /** The analysis ran, whatever it found. */
  static final int OK = 0;
  /** {@code audit --fail-on} threshold reached, or {@code policy validate} found errors. */
  static final int FINDINGS = 1;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** Unreadable or invalid input. */
  static final int INVALID_INPUT = 3;
  /** A bug in Mamori: the message asks the user to report it. */
  static final int INTERNAL_ERROR = 4;
  /** The JVM's heap was too small for the snapshot: neither bad input nor a bug. */
  static final int OUT_OF_MEMORY = 5;

  private ExitCodes() {}
}
