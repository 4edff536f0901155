package dev.mamori.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of a snapshot file where a resource appears, so that a SARIF location points at
 * the resource rather than at the top of a file holding thousands. Each file is read once.
 */
final class SourceLines {
  private final Path root;
  private final Map<String, List<String>> files = new HashMap<>();

  SourceLines(Path root) {
    this.root = root;
  }

  /** The first line (1-based) naming the resource, quoted as JSON writes it or bare as CSV does; else 1. */
  int lineOf(String file, String resource) {
    List<String> lines = files.computeIfAbsent(file, this::read);
    String quoted = "\"" + resource + "\"";
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(quoted)) {
        return i + 1;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(resource)) {
        return i + 1;
      }
    }
    return 1;
  }

  private List<String> read(String file) {
    try {
      return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // The location is a convenience: an unreadable file still gets line 1.
      return List.of();
    }
  }
}
