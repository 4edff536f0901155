package dev.mamori.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference corpus (../shared/corpus, or the {@code mamori.corpus} system property).
 * Tests that need it are skipped, with a message saying so, when it is absent. Its files are read
 * in place and never copied into the repository (some are AGPL or CC-BY-SA).
 */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    String configured = System.getProperty("mamori.corpus");
    Path root = configured != null ? Path.of(configured) : Path.of("../shared/corpus");
    if (!Files.isDirectory(root)) {
      root = Path.of("../../shared/corpus");
    }
    return root.toAbsolutePath().normalize();
  }

  /** A path inside the corpus; skips the calling test when it is not there. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "shared corpus not available at " + p + "; skipping (see README: Tests)");
    return p;
  }
}
