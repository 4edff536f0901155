package dev.mamori.cli;

import dev.mamori.model.CloudModel;
import dev.mamori.snapshot.InputError;
import dev.mamori.snapshot.SnapshotReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The snapshot argument and the options of every command that reads one. Loading shows progress
 * on stderr when stderr is a terminal, unless {@code --quiet}.
 */
final class SnapshotOptions {

  @Parameters(index = "0", paramLabel = "SNAPSHOT", description = "Snapshot directory (AWS CLI JSON output).")
  Path snapshot;

  @Option(names = "--keep-going", description = "Load what can be loaded; report the files that could not be read.")
  boolean keepGoing;

  @Option(names = {"-q", "--quiet"}, description = "No progress display on stderr.")
  boolean quiet;

  /** What a load produced; {@code errors} is non-empty only with {@code --keep-going}. */
  record Loaded(CloudModel model, List<InputError> errors) {}

  Loaded load(PrintWriter err) {
    Progress progress = Progress.forStderr(quiet, err);
    try {
      SnapshotReader.Result r = new SnapshotReader(new SnapshotReader.Options(keepGoing, progress::file)).load(snapshot);
      return new Loaded(r.model(), r.errors());
    } finally {
      progress.done();
    }
  }
}
