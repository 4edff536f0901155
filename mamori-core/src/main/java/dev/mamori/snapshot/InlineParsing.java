package dev.mamori.snapshot;

import java.util.Iterator;
import java.util.List;

/** Parses each file when the reader asks for its pieces, on the reader's own thread. */
final class InlineParsing implements ParsedFiles {
  private final FileParser parser;
  private final Iterator<PlannedFile> files;
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
        return parser.parseWhole(f.file());
      }
      current = parser.sections(f.file());
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
