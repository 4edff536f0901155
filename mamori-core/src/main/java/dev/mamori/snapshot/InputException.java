package dev.mamori.snapshot;

/**
 * Thrown while reading one element when its content is not what AWS would print; the reader turns
 * it into an {@link InputError}. Never escapes the package.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String path;

  InputException(String path, String message) {
    super(message, null, false, false);
    this.path = path;
  }

  String path() {
    return path;
  }
}
