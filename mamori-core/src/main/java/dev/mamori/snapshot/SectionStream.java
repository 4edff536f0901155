package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The pieces of one file of top-level keys (AWS CLI output such as {@code describe-instances}), one
 * at a time: each element of a per-element array as its own value, so that a 100k-element file never
 * sits in memory as one tree; the other top-level values gathered for the end.
 */
final class SectionStream implements AutoCloseable {
  private final JsonFactory factory;
  private final Set<String> perElementKeys;
  private final SnapshotFile file;
  private JsonParser parser;
  private String arrayKey;
  private int index;
  private final JsonObject rootValues = new JsonObject();
  private final JsonTreeReader trees;
  private boolean ended;

  SectionStream(JsonFactory factory, Set<String> perElementKeys, SnapshotFile file, JsonTreeReader trees) {
    this.factory = factory;
    this.perElementKeys = perElementKeys;
    this.file = file;
    this.trees = trees;
  }

  /** The next piece; after the one that {@linkplain Piece#endsFile() ends the file}, none. */
  Piece next() {
    if (ended) {
      throw new IllegalStateException("the file has ended");
    }
    Piece p = advance();
    ended = p.endsFile();
    if (ended) {
      close();
    }
    return p;
  }

  private Piece advance() {
    try {
      if (parser == null) {
        parser = factory.createParser(file.absolute().toFile());
        JsonToken first = parser.nextToken();
        if (first == null) {
          return new Piece.Failure(InputError.of(file.relative(), "expected a JSON object, found an empty file"));
        }
        if (first != JsonToken.START_OBJECT) {
          return new Piece.Failure(new InputError(file.relative(), "$", FileParser.line(parser.currentLocation()),
              "expected a JSON object with AWS CLI output keys such as \"SecurityGroups\", found " + first.asString()));
        }
      }
      if (arrayKey != null) {
        if (parser.nextToken() != JsonToken.END_ARRAY) {
          OptionalInt line = FileParser.line(parser.currentLocation());
          return new Piece.Element(arrayKey, index++, line, trees.readValue(parser));
        }
        arrayKey = null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken valueStart = parser.nextToken();
        if (valueStart == JsonToken.START_ARRAY && perElementKeys.contains(key)) {
          arrayKey = key;
          index = 0;
          return new Piece.ArrayStart(key);
        }
        rootValues.put(key, trees.readValue(parser));
      }
      return new Piece.End(rootValues);
    } catch (JsonProcessingException e) {
      return new Piece.Failure(FileParser.syntaxError(file, e));
    } catch (IOException e) {
      return new Piece.Failure(InputError.of(file.relative(), "cannot read the file: " + e.getMessage()));
    }
  }

  @Override
  public void close() {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Only read from; nothing was lost.
      }
      parser = null;
    }
  }
}
