package dev.mamori.model;

/**
 * Something in the snapshot that was not understood but did not stop the load: an unknown file or
 * field, a value that had to be skipped. {@code file} is relative to the snapshot root;
 * {@code path} is a JSON path within it (empty for the whole file).
 */
public record LoadWarning(String file, String path, String message) {
  @Override
  public String toString() {
    return file + (path.isEmpty() ? "" : " at " + path) + ": " + message;
  }
}
