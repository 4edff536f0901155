package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.model.CloudModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

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
  private final ObjectMapper mapper;
  private final Map<String, SectionReader> sectionReaders;
  private final List<PathReader> pathReaders;

  /** How to read. */
  public record Options(boolean keepGoing, ProgressListener progress) {
    public static Options defaults() {
      return new Options(false, ProgressListener.NONE);
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
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
    this.mapper = new ObjectMapper(factory);
    this.sectionReaders = Readers.sectionReaders();
    this.pathReaders = Readers.pathReaders();
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
    List<SnapshotFile> files = listFiles(snapshot);
    ReadContext ctx = new ReadContext();
    int done = 0;
    for (SnapshotFile f : files) {
      readFile(f, ctx);
      options.progress().onFile(++done, files.size(), f.relative());
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

  private String accountOf(List<SnapshotFile> files, ReadContext ctx) {
    List<String> fromPaths = files.stream().flatMap(f -> f.account().stream()).distinct().toList();
    if (fromPaths.size() == 1) {
      return fromPaths.get(0);
    }
    return ctx.likeliestAccount().orElse(fromPaths.isEmpty() ? "" : fromPaths.get(0));
  }

  /**
   * Every file, ordered so that within a folder the subnets come first: their availability zones
   * tell the region of a folder that does not name one (Batfish's flat layout).
   */
  private List<SnapshotFile> listFiles(Path root) {
    List<SnapshotFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> root.relativize(p).toString().chars().noneMatch(c -> c == '\u0000'))
          .filter(p -> !isHidden(root.relativize(p)))
          .sorted()
          .forEach(p -> files.add(SnapshotFile.of(root, p)));
    } catch (IOException e) {
      throw new InvalidSnapshotException(List.of(InputError.of(root.toString(), "cannot list the directory: " + e.getMessage())));
    }
    List<SnapshotFile> subnetsFirst = new ArrayList<>();
    List<SnapshotFile> rest = new ArrayList<>();
    for (SnapshotFile f : files) {
      (f.fileName().endsWith(".json") && "Subnets".equals(firstKey(f)) ? subnetsFirst : rest).add(f);
    }
    subnetsFirst.addAll(rest);
    return subnetsFirst;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private String firstKey(SnapshotFile f) {
    try (JsonParser p = mapper.getFactory().createParser(f.absolute().toFile())) {
      return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private void readFile(SnapshotFile f, ReadContext ctx) {
    for (PathReader r : pathReaders) {
      if (r.accepts(f)) {
        try {
          readByPath(r, f, ctx);
        } catch (InputException e) {
          ctx.error(new InputError(f.relative(), e.path(), locate(f, e.path(), OptionalInt.empty()), e.getMessage()));
        } catch (FileError e) {
          ctx.error(e.error);
        }
        return;
      }
    }
    String name = f.fileName();
    if (name.endsWith(".json")) {
      readSections(f, ctx);
    } else if (!name.endsWith(".md") && !name.endsWith(".txt")) {
      ctx.warn(f.relative(), "", "not a file Mamori knows (expected AWS CLI JSON output); ignored");
    }
  }

  /** Gives a file to its path reader; an AWS error file is a warning unless the reader reads those. */
  private void readByPath(PathReader r, SnapshotFile f, ReadContext ctx) {
    if (r.readsErrorFiles() || !f.fileName().endsWith(".json")) {
      r.read(f, ctx, this::parseWhole);
      return;
    }
    Node root = parseWhole(f);
    Optional<String> error = root.json().isObject() ? AwsErrorFile.code(root) : Optional.empty();
    if (error.isPresent()) {
      ctx.warn(f.relative(), "$.Error.Code", "AWS answered " + error.get() + " to this call; not collected");
    } else {
      r.read(f, ctx, same -> root);
    }
  }

  /** Reads a whole JSON file as a tree, for the small per-resource files of S3, KMS, IAM. */
  private Node parseWhole(SnapshotFile f) {
    try {
      JsonNode tree = mapper.readTree(f.absolute().toFile());
      if (tree == null || tree.isMissingNode()) {
        throw new FileError(InputError.of(f.relative(), "expected a JSON document, found an empty file"));
      }
      return new Node(tree, "$");
    } catch (JsonProcessingException e) {
      throw new FileError(syntaxError(f, e));
    } catch (IOException e) {
      throw new FileError(InputError.of(f.relative(), "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Streams a file of top-level keys. Arrays of resources are read one element at a time; other
   * top-level values are gathered into one object and given to the readers of their keys at the end.
   */
  private void readSections(SnapshotFile f, ReadContext ctx) {
    int errorsBefore = ctx.errors().size();
    ObjectNode rootValues = mapper.createObjectNode();
    List<SectionReader> streamed = new ArrayList<>();
    try (JsonParser p = mapper.getFactory().createParser(f.absolute().toFile())) {
      JsonToken first = p.nextToken();
      if (first == null) {
        ctx.error(InputError.of(f.relative(), "expected a JSON object, found an empty file"));
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        ctx.error(new InputError(f.relative(), "$", line(p.currentLocation()),
            "expected a JSON object with AWS CLI output keys such as \"SecurityGroups\", found " + first.asString()));
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken valueStart = p.nextToken();
        SectionReader r = sectionReaders.get(key);
        if (r != null && r.perElement() && valueStart == JsonToken.START_ARRAY) {
          readElements(p, r, key, f, ctx, errorsBefore);
          streamed.add(r);
        } else {
          rootValues.set(key, mapper.readTree(p));
        }
      }
    } catch (JsonProcessingException e) {
      ctx.error(syntaxError(f, e));
      return;
    } catch (IOException e) {
      ctx.error(InputError.of(f.relative(), "cannot read the file: " + e.getMessage()));
      return;
    }
    readRootValues(rootValues, f, ctx, streamed);
  }

  private void readElements(JsonParser p, SectionReader r, String key, SnapshotFile f, ReadContext ctx, int errorsBefore)
      throws IOException {
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      OptionalInt line = line(p.currentLocation());
      JsonNode element = mapper.readTree(p);
      String path = "$." + key + "[" + index++ + "]";
      if (element == null || !element.isObject()) {
        addError(ctx, f, errorsBefore, new InputError(f.relative(), path, line,
            "expected an object, found " + (element == null ? "null" : Node.describe(element))));
        continue;
      }
      Node node = new Node(element, path);
      try {
        r.read(node, f, ctx);
        node.collectUnknownFields((at, field) -> ctx.warn(f.relative(), at + "." + field, "unknown field, ignored"));
      } catch (InputException e) {
        addError(ctx, f, errorsBefore, new InputError(f.relative(), e.path(), locate(f, e.path(), line), e.getMessage()));
      }
    }
  }

  /**
   * Reads the top-level values that were not streamed. {@code streamed} are the readers that
   * already read an array of this file: their companion keys are known too.
   */
  private void readRootValues(ObjectNode rootValues, SnapshotFile f, ReadContext ctx, List<SectionReader> streamed) {
    if (rootValues.isEmpty()) {
      return;
    }
    Node root = new Node(rootValues, "$");
    root.ignore(PAGINATION_KEYS.toArray(String[]::new));
    streamed.forEach(r -> root.ignore(r.companionKeys().toArray(String[]::new)));
    List<String> keys = new ArrayList<>();
    rootValues.fieldNames().forEachRemaining(keys::add);
    boolean understood = !streamed.isEmpty();
    for (String key : keys) {
      SectionReader r = sectionReaders.get(key);
      if (r == null) {
        continue;
      }
      understood = true;
      try {
        if (r.perElement()) {
          // A per-element key whose value is not an array: report it where it is.
          throw root.error(key, "expected an array, found " + Node.describe(rootValues.get(key)));
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
    OptionalInt exact = JsonLocator.lineOf(mapper.getFactory(), f.absolute(), path);
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

  private static InputError syntaxError(SnapshotFile f, JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    return new InputError(f.relative(), "", line(e.getLocation()), "malformed JSON: " + message);
  }

  private static OptionalInt line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? OptionalInt.empty() : OptionalInt.of(location.getLineNr());
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
