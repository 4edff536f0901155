package dev.mamori.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot laid out in Mamori's layout from files that live elsewhere (the shared corpus), by
 * symbolic links: the files are read in place, never copied. Closing removes the links (not their
 * targets).
 */
public final class ArrangedSnapshot implements AutoCloseable {
  private final Path root;
  private final List<Path> links = new ArrayList<>();

  public ArrangedSnapshot(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Makes {@code relative} (in the snapshot) point at {@code source}; returns this for chaining. */
  public ArrangedSnapshot link(String relative, Path source) {
    try {
      Path p = root.resolve(relative);
      Files.createDirectories(p.getParent());
      links.add(Files.createSymbolicLink(p, source.toAbsolutePath()));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      for (Path link : links) {
        Files.deleteIfExists(link);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
