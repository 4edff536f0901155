package dev.mamori.snapshot;

import java.util.OptionalInt;

/**
 * Why a snapshot (or part of one) could not be read: the file (relative to the snapshot root),
 * the JSON path within it (empty for the whole file), the line when known, and what was expected.
 */
public record InputError(String file, String path, OptionalInt line, String message) {

  public static InputError of(String file, String message) {
    return new InputError(file, "", OptionalInt.empty(), message);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    line.ifPresent(l -> s.append(':').append(l));
    if (!path.isEmpty()) {
      s.append(" at ").append(path);
    }
    return s.append(": ").append(message).toString();
  }
}
