package dev.mamori.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses the files on a second thread, ahead of the reader: while the reader turns one element into
 * model records, the next elements are already being tokenised and built. The reader still reads
 * every piece in file order on its own thread, so the model, its warnings and its errors are the same
 * as with {@link InlineParsing}, whatever the scheduling.
 *
 * <p>At most {@link #BATCHES_AHEAD} batches of {@link #BATCH} pieces wait for the reader, which bounds
 * the memory this takes whatever the size of the files (16,384 pieces: at most ~100 MB of trees of
 * instances, the largest pieces). With 32 batches the parsing thread spent ~0.4 s of a 100k load
 * waiting for room while the reader was busy with costly elements, and the reader later waited for
 * it; 256 smooth that out (load 4.6-4.9 s -> 4.3-4.7 s).
 */
final class ParseAhead implements ParsedFiles {
  private static final int BATCH = 64;
  private static final int BATCHES_AHEAD = 256;

  private final BlockingQueue<List<Piece>> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private final Thread thread;
  private List<Piece> batch = List.of();
  private int position;

  ParseAhead(FileParser parser, List<PlannedFile> files) {
    InlineParsing parsing = new InlineParsing(parser, files);
    thread = new Thread(() -> produce(parsing), "mamori-parse-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(InlineParsing parsing) {
    try {
      List<Piece> out = new ArrayList<>(BATCH);
      while (parsing.hasNext()) {
        Piece p = parsing.next();
        out.add(p);
        if (out.size() == BATCH) {
          ready.put(out);
          out = new ArrayList<>(BATCH);
        }
      }
      if (!out.isEmpty()) {
        ready.put(out);
      }
    } catch (InterruptedException e) {
      // The reader stopped early: nothing more is wanted.
    } catch (RuntimeException | Error e) {
      // Handed to the reader, which fails the load with it; offer, not put: if the reader is gone
      // (it stopped and interrupted us), nobody would take it.
      ready.offer(List.of(new Piece.Crash(e)));
    } finally {
      parsing.close();
    }
  }

  @Override
  public Piece next() {
    if (position == batch.size()) {
      batch = take();
      position = 0;
    }
    Piece p = batch.get(position++);
    if (p instanceof Piece.Crash crash) {
      if (crash.cause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("parsing the snapshot failed: " + crash.cause(), crash.cause());
    }
    return p;
  }

  private List<Piece> take() {
    try {
      while (true) {
        List<Piece> next = ready.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (!thread.isAlive() && ready.isEmpty()) {
          throw new IllegalStateException("the parsing thread stopped before the last file");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the snapshot to be parsed", e);
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
