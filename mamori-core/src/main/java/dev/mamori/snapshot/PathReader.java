package dev.mamori.snapshot;

import java.util.function.Function;

/**
 * Reads a file recognised by its place in the layout rather than by its keys: per-resource files
 * whose output does not name the resource (an S3 bucket's {@code get-bucket-policy.json}, a KMS
 * key's {@code get-key-rotation-status.json}), the IAM credential report CSV, Organizations files.
 */
interface PathReader {

  boolean accepts(SnapshotFile file);

  /**
   * True when the reader gives AWS error files ({@code {"Error": {"Code": …}}}) a meaning of its
   * own (a confirmed absence, say). For other readers such a file is a warning: not collected.
   */
  default boolean readsErrorFiles() {
    return false;
  }

  /**
   * Reads the file. {@code parse} turns it into a JSON tree (malformed JSON becomes an input error
   * naming the file and line); readers of non-JSON files read {@link SnapshotFile#absolute()}.
   */
  void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse);
}
