package dev.mamori.snapshot;

/**
 * Reads one top-level key of an AWS CLI output file (for example {@code SecurityGroups} of
 * {@code describe-security-groups}). Files are recognised by their keys, never by their names.
 */
interface SectionReader {

  /** The top-level key this reader understands. */
  String key();

  /**
   * True when the key holds an array whose elements are read one at a time (so that a 100k-element
   * file never sits in memory as one tree, and one bad element does not hide the others).
   */
  default boolean perElement() {
    return true;
  }

  /** Reads one element (or the whole value when not {@link #perElement()}). */
  void read(Node value, SnapshotFile file, ReadContext ctx);

  /** Other top-level keys of the same output that carry nothing Mamori needs. */
  default java.util.Set<String> companionKeys() {
    return java.util.Set.of();
  }
}
