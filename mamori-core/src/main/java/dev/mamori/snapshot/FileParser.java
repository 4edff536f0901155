package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns snapshot files into {@link Piece}s: whole per-resource files at once, files of top-level
 * keys as a {@link SectionStream}. Parsing only: what the values mean is the readers' business.
 * Holds no state of its own beyond its settings, so it may be used from any thread, each thread with
 * its own {@link JsonTreeReader}.
 */
final class FileParser {
  private final JsonFactory factory;
  private final Set<String> perElementKeys;

  /** {@code perElementKeys}: the top-level keys whose arrays are read one element at a time. */
  FileParser(JsonFactory factory, Set<String> perElementKeys) {
    this.factory = factory;
    this.perElementKeys = Set.copyOf(perElementKeys);
  }

  /** A file of top-level keys, to be parsed piece by piece with the calling thread's tree reader. */
  SectionStream sections(SnapshotFile f, JsonTreeReader trees) {
    return new SectionStream(factory, perElementKeys, f, trees);
  }

  /** A whole JSON file as one value ({@link Piece.Whole}), or why it is not one ({@link Piece.Failure}). */
  Piece parseWhole(SnapshotFile f, JsonTreeReader trees) {
    try (JsonParser p = factory.createParser(f.absolute().toFile())) {
      if (p.nextToken() == null) {
        return new Piece.Failure(InputError.of(f.relative(), "expected a JSON document, found an empty file"));
      }
      // As ObjectMapper.readTree did: the first value is the document; what follows is not looked at.
      return new Piece.Whole(trees.readValue(p));
    } catch (JsonProcessingException e) {
      return new Piece.Failure(syntaxError(f, e));
    } catch (IOException e) {
      return new Piece.Failure(InputError.of(f.relative(), "cannot read the file: " + e.getMessage()));
    }
  }

  static InputError syntaxError(SnapshotFile f, JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    if (cut > 0) {
      message = message.substring(0, cut);
    }
    return new InputError(f.relative(), "", line(e.getLocation()), "malformed JSON: " + message);
  }

  static OptionalInt line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? OptionalInt.empty() : OptionalInt.of(location.getLineNr());
  }
}
