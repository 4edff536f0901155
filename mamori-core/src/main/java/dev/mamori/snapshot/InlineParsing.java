package dev.mamori.snapshot;

import java.util.Iterator;
import java.util.List;

/**
 * Parses each file when its pieces are asked for, on the asking thread: the reader's own, or the
 * thread of {@link ParseAhead}.
 */
final class InlineParsing implements ParsedFiles {
  private final FileParser parser;
  private final Iterator<PlannedFile> files;
  /** Reused from file to file: its scratch arrays and recurring strings are worth keeping. */
  private final JsonTreeReader trees = new JsonTreeReader();
  private SectionStream current;

  InlineParsing(FileParser parser, List<PlannedFile> files) {
    this.parser = parser;
    this.files = files.stream().filter(f -> f.parsing() != PlannedFile.Parsing.NONE).iterator();
  }

  @Override
  public Piece next() {
    if (current == null) {
      PlannedFile f = files.next();
      if (f.parsing() == PlannedFile.Parsing.WHOLE) {
        return parser.parseWhole(f.file(), trees);
      }
      current = parser.sections(f.file(), trees);
    }
    Piece p = current.next();
    if (p.endsFile()) {
      current = null;
    }
    return p;
  }

  /** True until the last file's last piece has been given. */
  boolean hasNext() {
    return current != null || files.hasNext();
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
