package dev.mamori.snapshot;

/**
 * The pieces of a snapshot's files for the reader, file after file in the order the reader reads
 * them (only the files {@link PlannedFile.Parsing parsed} as JSON). Whether they were parsed on the
 * reader's thread or ahead on another one, the reader sees the same pieces in the same order.
 */
interface ParsedFiles extends AutoCloseable {

  /** The next piece of the file being read; a piece that {@linkplain Piece#endsFile() ends it} moves on. */
  Piece next();

  /** Stops parsing (the reader may stop early, on an unexpected exception). */
  @Override
  void close();
}
