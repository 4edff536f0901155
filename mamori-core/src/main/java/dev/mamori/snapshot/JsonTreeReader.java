package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Builds a JSON value ({@link JsonObject}, {@link JsonArray} or a scalar) straight from Jackson's
 * token stream, with the value types Jackson's own tree would have: integers as {@link Integer},
 * {@link Long} or {@link java.math.BigInteger} by size, other numbers as {@link Double}.
 *
 * <p>Cheaper than {@code ObjectMapper.readTree}: no databind machinery, and far fewer objects per
 * JSON object, which is most of what a 100k-interface snapshot costs to load. Syntax errors are the
 * parser's own, with its messages and locations.
 */
final class JsonTreeReader {
  private JsonTreeReader() {}

  /** Reads the value that starts at the parser's current token; the parser ends on its last token. */
  static Object readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(p, t);
    }
    // One loop with an explicit stack rather than recursion: no stack depth to worry about, and the
    // JIT compiles one method once instead of recursive inlinings of several.
    Object root = t == JsonToken.START_OBJECT ? new JsonObject() : new JsonArray();
    Object[] open = new Object[16];
    int depth = 0;
    open[0] = root;
    while (true) {
      Object container = open[depth];
      Object child;
      if (container instanceof JsonObject object) {
        String name = p.nextFieldName();
        if (name == null) { // END_OBJECT
          if (depth == 0) {
            return root;
          }
          depth--;
          continue;
        }
        child = valueOrContainer(p, p.nextToken());
        object.put(name, child);
      } else {
        JsonToken next = p.nextToken();
        if (next == JsonToken.END_ARRAY) {
          if (depth == 0) {
            return root;
          }
          depth--;
          continue;
        }
        child = valueOrContainer(p, next);
        ((JsonArray) container).add(child);
      }
      if (child instanceof JsonObject || child instanceof JsonArray) {
        if (++depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth] = child;
      }
    }
  }

  /** A scalar value, or a new empty container to be filled. */
  private static Object valueOrContainer(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT) {
      return new JsonObject();
    }
    if (t == JsonToken.START_ARRAY) {
      return new JsonArray();
    }
    return scalar(p, t);
  }

  private static Object scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new IllegalStateException("no current token");
    }
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return integer(p);
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return JsonNull.INSTANCE;
      default:
        // FIELD_NAME, END_* and embedded objects cannot start a value in JSON text.
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private static Object integer(JsonParser p) throws IOException {
    switch (p.getNumberType()) {
      case INT:
        return p.getIntValue();
      case LONG:
        return p.getLongValue();
      default:
        return p.getBigIntegerValue();
    }
  }
}
