package dev.mamori.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared reference corpus, found through the {@code mamori.corpus} system property (set by
 * surefire in the root pom; default {@code ../shared/corpus}). Tests that need it are skipped,
 * with a message saying where it was looked for, when it is absent.
 */
public final class Corpus {
  private Corpus() {}

  public static Path root() {
    return Paths.get(System.getProperty("mamori.corpus", "../shared/corpus"));
  }

  /** The corpus directory, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path dir = root().resolve(relative);
    Assumptions.assumeTrue(Files.isDirectory(dir) || Files.isRegularFile(dir),
        () -> "corpus not found at " + dir.toAbsolutePath()
            + " (set -Dmamori.corpus=DIR to run these acceptance tests)");
    return dir;
  }
}
