package dev.mamori.audit;

/** A mutelist file that cannot be used; the message names the file, the entry and what was expected. */
public final class InvalidMutelistException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidMutelistException(String message) {
    super(message, null, false, false);
  }
}
