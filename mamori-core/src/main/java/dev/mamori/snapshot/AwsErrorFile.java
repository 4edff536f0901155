package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import java.util.Optional;
import java.util.Set;

/**
 * A file that holds the error AWS answered instead of an output: {@code {"Error": {"Code": "…"}}}.
 * The export script writes one where a call failed, so that "AWS said there is none" (a
 * confirmed absence) can be told apart from "never asked" (no file).
 */
final class AwsErrorFile {
  private AwsErrorFile() {}

  /** The error code when the file is an AWS error, else empty. */
  static Optional<String> code(Node root) {
    if (!root.containsField("Error")) {
      return Optional.empty();
    }
    Node error = root.object("Error");
    error.ignore("Message", "Type", "BucketName", "RequestId", "HostId", "Resource", "Condition");
    return Optional.of(error.text("Code"));
  }

  /**
   * What an error file means for one piece of configuration: a "not found" code confirms it is
   * absent; any other code (AccessDenied, say) means it could not be read, which is a warning.
   */
  static <T> Collected<T> meaning(
      String code, Set<String> notFoundCodes, SnapshotFile file, ReadContext ctx, String what) {
    if (notFoundCodes.contains(code)) {
      return Collected.absent(code);
    }
    ctx.warn(file.relative(), "$.Error.Code",
        "AWS answered " + code + " when " + what + " was read; treated as not collected");
    return Collected.notCollected();
  }
}
