package dev.mamori.snapshot;

import java.util.Optional;

/**
 * A snapshot file and how it will be read, decided once from its place in the layout, so that the
 * thread that parses ahead and the thread that reads agree on which files are parsed, and how.
 */
record PlannedFile(SnapshotFile file, Optional<PathReader> pathReader, Parsing parsing) {

  /** How a file is parsed before its reader sees it. */
  enum Parsing {
    /** A file of top-level keys, streamed element by element ({@link SectionStream}). */
    SECTIONS,
    /** A per-resource JSON file, parsed whole. */
    WHOLE,
    /** Not parsed as JSON here (CSV, notes, files of unknown kinds). */
    NONE
  }

  static PlannedFile of(SnapshotFile file, Optional<PathReader> pathReader) {
    boolean json = file.fileName().endsWith(".json");
    Parsing parsing = !json ? Parsing.NONE : pathReader.isPresent() ? Parsing.WHOLE : Parsing.SECTIONS;
    return new PlannedFile(file, pathReader, parsing);
  }
}
