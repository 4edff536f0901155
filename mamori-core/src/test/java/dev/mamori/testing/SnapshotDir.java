package dev.mamori.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small hand-made snapshot files into a temporary directory, for tests. */
public final class SnapshotDir {
  private final Path root;

  public SnapshotDir(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes {@code content} at {@code relative} (folders are created); returns this for chaining. */
  public SnapshotDir file(String relative, String content) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
