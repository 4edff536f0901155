package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.mamori.model.CloudModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a snapshot directory — JSON files exactly as the AWS CLI prints them, in the plain or the
 * Batfish layout — into one {@link CloudModel}.
 *
 * <p>Bad input never produces a wrong model: every error names the file, the JSON path (and line)
 * and what was expected. Without {@link Options#keepGoing()} any error fails the whole read (all
 * errors are reported at once); with it, what could be read is returned along with the errors.
 */
public final class SnapshotReader {
  /** Top-level keys of AWS CLI output that carry no configuration. */
  private static final Set<String> PAGINATION_KEYS = Set.of("NextToken", "Marker", "IsTruncated", "ResponseMetadata");
  private static final int MAX_ERRORS_PER_FILE = 20;

  private final Options options;
  private final JsonFactory factory;
  private final Map<String, SectionReader> sectionReaders;
  private final List<PathReader> pathReaders;
  private final FileParser parser;

  /**
   * How to read. With {@code parseAhead}, files are parsed on a second thread while this one reads
   * them into the model; the result is the same either way.
   */
  public record Options(boolean keepGoing, ProgressListener progress, boolean parseAhead) {
    public Options(boolean keepGoing, ProgressListener progress) {
      this(keepGoing, progress, true);
    }

    public static Options defaults() {
      return new Options(false, ProgressListener.NONE);
    }

    /** The same options, parsing on the reading thread only. */
    public Options sequential() {
      return new Options(keepGoing, progress, false);
    }
  }

  /** Told how far the read has come, for a progress display. */
  @FunctionalInterface
  public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> {};

    void onFile(int filesDone, int filesTotal, String file);
  }

  /** What a read produced: the model and, with {@code keepGoing}, what could not be read. */
  public record Result(CloudModel model, List<InputError> errors) {}

  public SnapshotReader(Options options) {
    this.options = options;
    this.factory = JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    this.sectionReaders = Readers.sectionReaders();
    this.pathReaders = Readers.pathReaders();
    Set<String> perElementKeys = sectionReaders.values().stream()
        .filter(SectionReader::perElement).map(SectionReader::key).collect(Collectors.toSet());
    this.parser = new FileParser(factory, perElementKeys);
  }

  /** Reads with default options: any error fails the read. */
  public static CloudModel read(Path snapshot) {
    return new SnapshotReader(Options.defaults()).load(snapshot).model();
  }

  /**
   * Reads a snapshot directory.
   *
   * @throws InvalidSnapshotException when it cannot be read, or (without keepGoing) when any file
   *     holds an error
   */
  public Result load(Path snapshot) {
    if (!Files.isDirectory(snapshot)) {
      String what = Files.exists(snapshot) ? "expected a snapshot directory, found a file" : "no such directory";
      throw new InvalidSnapshotException(List.of(InputError.of(snapshot.toString(), what)));
    }
    List<PlannedFile> files = listFiles(snapshot).stream().map(f -> PlannedFile.of(f, pathReaderOf(f))).toList();
    ReadContext ctx = new ReadContext();
    int done = 0;
    try (ParsedFiles parsed = options.parseAhead() ? new ParseAhead(parser, files) : new InlineParsing(parser, files)) {
      for (PlannedFile f : files) {
        readFile(f, parsed, ctx);
        options.progress().onFile(++done, files.size(), f.file().relative());
      }
    }
    if (files.isEmpty()) {
      // Most likely the wrong directory: an empty audit would read as "nothing wrong".
      ctx.error(InputError.of(snapshot.toString(),
          "the directory holds no files; expected AWS CLI JSON output (README, \"Snapshot layout\")"));
    } else if (!ctx.readAnything() && ctx.errors().isEmpty()) {
      ctx.warn(snapshot.toString(), "", "none of the " + files.size() + " file(s) holds AWS CLI output Mamori reads (such as"
          + " describe-instances or get-account-authorization-details JSON, README \"Snapshot layout\"):"
          + " nothing here can be evaluated");
    }
    String account = accountOf(files, ctx);
    ctx.assembly.finish(ctx, account);
    if (!account.isEmpty()) {
      ctx.model.accountId(account);
    }
    ctx.warnings().forEach(ctx.model::warning);
    if (!ctx.errors().isEmpty() && !options.keepGoing()) {
      throw new InvalidSnapshotException(ctx.errors());
    }
    return new Result(ctx.model.build(), List.copyOf(ctx.errors()));
  }

  private String accountOf(List<PlannedFile> files, ReadContext ctx) {
    List<String> fromPaths = files.stream().flatMap(f -> f.file().account().stream()).distinct().toList();
    if (fromPaths.size() == 1) {
      return fromPaths.get(0);
    }
    return ctx.likeliestAccount().orElse(fromPaths.isEmpty() ? "" : fromPaths.get(0));
  }

  /**
   * Every file in path order, except that in a folder that does not name its region (Batfish's flat
   * layout) the subnets come first: their availability zones tell that folder's region. Only those
   * folders' files are opened to find the subnets; elsewhere the path already says the region.
   */
  private List<SnapshotFile> listFiles(Path root) {
    List<Path> paths = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // A link to a file is read as the file (a link to a folder is not followed).
          boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
          if (regular && !isHidden(file)) {
            paths.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          throw e;
        }
      });
    } catch (IOException e) {
      throw new InvalidSnapshotException(List.of(InputError.of(root.toString(), "cannot list the directory: " + e.getMessage())));
    }
    paths.sort(null);
    Map<Path, SnapshotFile.Scope> scopes = new HashMap<>();
    List<SnapshotFile> subnetsFirst = new ArrayList<>();
    List<SnapshotFile> rest = new ArrayList<>();
    for (Path p : paths) {
      SnapshotFile f = SnapshotFile.of(root, p, scopes);
      boolean regionUnnamed = f.region().isEmpty() && !f.global();
      (regionUnnamed && f.fileName().endsWith(".json") && "Subnets".equals(FirstKey.of(p, factory)) ? subnetsFirst : rest).add(f);
    }
    subnetsFirst.addAll(rest);
    return subnetsFirst;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private Optional<PathReader> pathReaderOf(SnapshotFile f) {
    for (PathReader r : pathReaders) {
      if (r.accepts(f)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private void readFile(PlannedFile planned, ParsedFiles parsed, ReadContext ctx) {
    SnapshotFile f = planned.file();
    if (planned.pathReader().isPresent()) {
      // Taken now whether or not the reader asks for it: the pieces of the next file come next.
      Optional<Piece> whole = planned.parsing() == PlannedFile.Parsing.WHOLE ? Optional.of(parsed.next()) : Optional.empty();
      try {
        ctx.recognized();
        readByPath(planned.pathReader().get(), f, ctx, new WholeFile(whole));
      } catch (InputException e) {
        ctx.error(new InputError(f.relative(), e.path(), locate(f, e.path(), OptionalInt.empty()), e.getMessage()));
      } catch (FileError e) {
        ctx.error(e.error);
      }
      return;
    }
    String name = f.fileName();
    if (planned.parsing() == PlannedFile.Parsing.SECTIONS) {
      readSections(f, parsed, ctx);
    } else if (!name.endsWith(".md") && !name.endsWith(".txt")) {
      ctx.warn(f.relative(), "", "not a file Mamori knows (expected AWS CLI JSON output); ignored");
    }
  }

  /** Gives a file to its path reader; an AWS error file is a warning unless the reader reads those. */
  private void readByPath(PathReader r, SnapshotFile f, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (r.readsErrorFiles() || !f.fileName().endsWith(".json")) {
      r.read(f, ctx, parse);
      return;
    }
    Node root = parse.apply(f);
    Optional<String> error = root.isObject() ? AwsErrorFile.code(root) : Optional.empty();
    if (error.isPresent()) {
      ctx.warn(f.relative(), "$.Error.Code", "AWS answered " + error.get() + " to this call; not collected");
    } else {
      r.read(f, ctx, same -> root);
    }
  }

  /**
   * A path reader's way to its file as a JSON tree: the parse made ahead, the first time; a fresh
   * parse otherwise (a file that is not {@code .json}, or a second request), as readers always got.
   */
  private final class WholeFile implements Function<SnapshotFile, Node> {
    private Optional<Piece> ahead;

    WholeFile(Optional<Piece> ahead) {
      this.ahead = ahead;
    }

    @Override
    public Node apply(SnapshotFile f) {
      Piece piece = ahead.orElseGet(() -> parser.parseWhole(f, new JsonTreeReader()));
      ahead = Optional.empty();
      if (piece instanceof Piece.Whole whole) {
        return Node.root(whole.value());
      }
      if (piece instanceof Piece.Failure failure) {
        throw new FileError(failure.error());
      }
      throw new IllegalStateException("unexpected " + piece + " for " + f.relative());
    }
  }

  /**
   * Reads a file of top-level keys. Arrays of resources arrive one element at a time; other
   * top-level values arrive at the end, for the readers of their keys.
   */
  private void readSections(SnapshotFile f, ParsedFiles parsed, ReadContext ctx) {
    int errorsBefore = ctx.errors().size();
    List<SectionReader> streamed = new ArrayList<>();
    while (true) {
      Piece piece = parsed.next();
      if (piece instanceof Piece.Element e) {
        readElement(e, sectionReaders.get(e.key()), f, ctx, errorsBefore);
      } else if (piece instanceof Piece.ArrayStart a) {
        ctx.recognized();
        streamed.add(sectionReaders.get(a.key()));
      } else if (piece instanceof Piece.End end) {
        readRootValues(end.rootValues(), f, ctx, streamed);
        return;
      } else if (piece instanceof Piece.Failure failure) {
        ctx.error(failure.error());
        return;
      } else {
        throw new IllegalStateException("unexpected " + piece + " in " + f.relative());
      }
    }
  }

  private void readElement(Piece.Element e, SectionReader r, SnapshotFile f, ReadContext ctx, int errorsBefore) {
    Object element = e.value();
    if (!(element instanceof JsonObject)) {
      addError(ctx, f, errorsBefore, new InputError(f.relative(), "$." + e.key() + "[" + e.index() + "]", e.line(),
          "expected an object, found " + Node.describe(element)));
      return;
    }
    Node node = Node.element(element, e.key(), e.index());
    try {
      r.read(node, f, ctx);
      node.collectUnknownFields((at, field) -> ctx.warn(f.relative(), at + "." + field, "unknown field, ignored"));
    } catch (InputException ex) {
      addError(ctx, f, errorsBefore, new InputError(f.relative(), ex.path(), locate(f, ex.path(), e.line()), ex.getMessage()));
    }
  }

  /**
   * Reads the top-level values that were not streamed. {@code streamed} are the readers that
   * already read an array of this file: their companion keys are known too.
   */
  private void readRootValues(JsonObject rootValues, SnapshotFile f, ReadContext ctx, List<SectionReader> streamed) {
    if (rootValues.isEmpty()) {
      return;
    }
    Node root = Node.root(rootValues);
    root.ignore(PAGINATION_KEYS.toArray(String[]::new));
    streamed.forEach(r -> root.ignore(r.companionKeys().toArray(String[]::new)));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < rootValues.size(); i++) {
      keys.add(rootValues.name(i));
    }
    boolean understood = !streamed.isEmpty();
    for (String key : keys) {
      SectionReader r = sectionReaders.get(key);
      if (r == null) {
        continue;
      }
      understood = true;
      ctx.recognized();
      try {
        if (r.perElement()) {
          // A per-element key whose value is not an array: report it where it is.
          throw root.error(key, "expected an array, found " + Node.describe(rootValues.value(rootValues.indexOf(key))));
        }
        r.read(root, f, ctx);
      } catch (InputException e) {
        ctx.error(new InputError(f.relative(), e.path(), locate(f, e.path(), OptionalInt.empty()), e.getMessage()));
      }
      root.ignore(r.companionKeys().toArray(String[]::new));
    }
    if (!understood && keys.equals(List.of("Error"))) {
      String code = AwsErrorFile.code(root).orElse("");
      ctx.warn(f.relative(), "$.Error.Code", "AWS answered " + code + " to this call; not collected");
      return;
    }
    if (!understood && !hasOnlyPagination(keys)) {
      String place = MisplacedOutputs.placeOf(keys).map(p -> "; Mamori reads this output from " + p).orElse("");
      ctx.warn(f.relative(), "", "no AWS CLI output key Mamori knows (found " + String.join(", ", keys) + "); file ignored"
          + place);
      return;
    }
    root.collectUnknownFields((at, field) -> ctx.warn(f.relative(), at + "." + field, "unknown key, ignored"));
  }

  /** The line of the offending value; falls back to the line where the element starts. */
  private OptionalInt locate(SnapshotFile f, String path, OptionalInt fallback) {
    OptionalInt exact = JsonLocator.lineOf(factory, f.absolute(), path);
    return exact.isPresent() ? exact : fallback;
  }

  private static boolean hasOnlyPagination(List<String> keys) {
    return PAGINATION_KEYS.containsAll(keys);
  }

  private static void addError(ReadContext ctx, SnapshotFile f, int errorsBefore, InputError e) {
    int inFile = ctx.errors().size() - errorsBefore;
    if (inFile < MAX_ERRORS_PER_FILE) {
      ctx.error(e);
    } else if (inFile == MAX_ERRORS_PER_FILE) {
      ctx.error(InputError.of(f.relative(), "more errors in this file; only the first " + MAX_ERRORS_PER_FILE + " are shown"));
    }
  }

  /** A whole-file failure raised by {@link PathReader}s' parsing callback. */
  static final class FileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputError error;

    FileError(InputError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }
}
