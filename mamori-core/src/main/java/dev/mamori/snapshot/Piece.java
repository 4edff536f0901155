package dev.mamori.snapshot;

import java.util.OptionalInt;

/**
 * A piece of a parsed snapshot file, as the reader receives it: a file of top-level keys arrives as
 * its arrays' elements one by one and then {@link End}; a whole-file parse arrives as {@link Whole}.
 * {@link End}, {@link Whole}, {@link Failure} and {@link Crash} end a file.
 */
sealed interface Piece {

  /** True for the last piece of a file. */
  default boolean endsFile() {
    return true;
  }

  /** A top-level key whose array is read element by element; its elements follow. */
  record ArrayStart(String key) implements Piece {
    @Override
    public boolean endsFile() {
      return false;
    }
  }

  /** One element of a top-level array, and the line where it starts. */
  record Element(String key, int index, OptionalInt line, Object value) implements Piece {
    @Override
    public boolean endsFile() {
      return false;
    }
  }

  /** The end of a file of top-level keys, with its values that are not read element by element. */
  record End(JsonObject rootValues) implements Piece {}

  /** A whole file as one value (the per-resource files of S3, KMS, IAM, Organizations). */
  record Whole(Object value) implements Piece {}

  /** The file could not be parsed (or not to its end): what the reader reports. */
  record Failure(InputError error) implements Piece {}

  /** Parsing failed unexpectedly (a bug, or the JVM out of memory): the load fails with it. */
  record Crash(Throwable cause) implements Piece {}
}
