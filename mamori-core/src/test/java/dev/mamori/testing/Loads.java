package dev.mamori.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.LoadWarning;
import dev.mamori.snapshot.InvalidSnapshotException;
import dev.mamori.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;

/** Loading a snapshot in tests, with the checks every corpus load shares. */
public final class Loads {
  private Loads() {}

  /**
   * Loads without keep-going (any input error fails the test, listing every error) and checks that
   * no field (or top-level key) of an output Mamori reads went unrecognised: real AWS output must not produce
   * spurious "unknown field" warnings.
   */
  public static CloudModel cleanly(Path snapshot) {
    CloudModel m;
    try {
      m = SnapshotReader.read(snapshot);
    } catch (InvalidSnapshotException e) {
      throw new AssertionError("input errors in " + snapshot + ":\n  "
          + String.join("\n  ", e.errors().stream().map(Object::toString).toList()), e);
    }
    assertThat(unknownFields(m)).as("unknown-field warnings in " + snapshot).isEmpty();
    return m;
  }

  public static List<String> unknownFields(CloudModel m) {
    return m.warnings().stream().filter(w -> w.message().startsWith("unknown field") || w.message().startsWith("unknown key")).map(LoadWarning::toString).toList();
  }
}
