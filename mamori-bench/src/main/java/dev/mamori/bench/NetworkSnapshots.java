package dev.mamori.bench;

import dev.mamori.generate.GeneratorSpec;
import dev.mamori.generate.SnapshotGenerator;
import dev.mamori.model.CloudModel;
import dev.mamori.snapshot.SnapshotReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Models of {@code mamori generate} snapshots (for the network and IAM benchmarks): generated into a temporary folder, read, deleted. */
final class NetworkSnapshots {
  private NetworkSnapshots() {}

  static CloudModel generated(int interfaces) {
    try {
      Path dir = Files.createTempDirectory("mamori-bench-net");
      try {
        SnapshotGenerator.generate(dir, new GeneratorSpec(interfaces, GeneratorSpec.DEFAULT_SEED));
        return SnapshotReader.read(dir);
      } finally {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
