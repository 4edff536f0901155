package dev.mamori.cli;

/**
 * An input file or value given on the command line that cannot be used (exit code 3). The message
 * names the file or value and says what was expected.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message, null, false, false);
  }
}
