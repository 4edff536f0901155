package dev.mamori.cli.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the line of a snapshot file where a resource appears, so that a SARIF location points at
 * the resource rather than at the top of a file holding thousands. All the resources wanted in one
 * file are looked up in a single pass over it (a snapshot file may hold 100k interfaces).
 */
final class SourceLines {
  /** What separates values in AWS CLI JSON and in the credential report CSV; ARNs keep their colons. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\",{}\\[\\]]+");

  private final Map<String, Map<String, Integer>> lines = new HashMap<>();

  /**
   * @param root the snapshot directory
   * @param wanted for each file (relative to the root), the resources whose line is wanted
   */
  SourceLines(Path root, Map<String, Set<String>> wanted) {
    wanted.forEach((file, resources) -> lines.put(file, scan(root.resolve(file), resources)));
  }

  /** The first line (1-based) naming the resource; 1 when the file does not name it. */
  int lineOf(String file, String resource) {
    return lines.getOrDefault(file, Map.of()).getOrDefault(resource, 1);
  }

  private static Map<String, Integer> scan(Path file, Set<String> resources) {
    Map<String, Integer> found = new HashMap<>();
    Set<String> missing = new HashSet<>(resources);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null && !missing.isEmpty(); line = in.readLine()) {
        number++;
        for (String token : SEPARATORS.split(line)) {
          if (missing.remove(token)) {
            found.put(token, number);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A location is a convenience: a file that cannot be read again still gets line 1.
    }
    return found;
  }
}
