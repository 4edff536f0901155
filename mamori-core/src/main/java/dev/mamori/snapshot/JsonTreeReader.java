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
 * <p>Cheaper than {@code ObjectMapper.readTree}: no databind machinery, and few objects per JSON
 * object — the fields of each open object or array gather in scratch arrays reused from one value to
 * the next, and the finished object gets arrays of its exact size. Syntax errors are the parser's
 * own, with its messages and locations. One reader per thread: the scratch arrays are its state.
 */
final class JsonTreeReader {
  private String[][] names = new String[8][];
  private Object[][] values = new Object[8][];
  private int[] counts = new int[8];
  private boolean[] isObject = new boolean[8];
  /** For each open object, the name its open child will be put under. */
  private String[] childNames = new String[8];
  private final RepeatedStrings strings = new RepeatedStrings();

  /** Reads one value with a reader of its own (whole files, tests). */
  static Object read(JsonParser p) throws IOException {
    return new JsonTreeReader().readValue(p);
  }

  /** Reads the value that starts at the parser's current token; the parser ends on its last token. */
  Object readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return scalar(p, t);
    }
    // One loop with an explicit stack rather than recursion: no stack depth to worry about, and the
    // JIT compiles one method once instead of recursive inlinings of several.
    int depth = 0;
    open(0, t == JsonToken.START_OBJECT);
    while (true) {
      String name = null;
      JsonToken next;
      if (isObject[depth]) {
        name = p.nextFieldName(); // Jackson's fast path for objects: the name without a token object
        next = name == null ? JsonToken.END_OBJECT : p.nextToken();
      } else {
        next = p.nextToken();
      }
      if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
        Object done = close(depth);
        if (depth == 0) {
          return done;
        }
        depth--;
        add(depth, childNames[depth], done);
      } else if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
        childNames[depth] = name;
        open(++depth, next == JsonToken.START_OBJECT);
      } else {
        add(depth, name, scalar(p, next));
      }
    }
  }

  private void open(int depth, boolean object) {
    if (depth == counts.length) {
      int n = depth * 2;
      names = Arrays.copyOf(names, n);
      values = Arrays.copyOf(values, n);
      counts = Arrays.copyOf(counts, n);
      isObject = Arrays.copyOf(isObject, n);
      childNames = Arrays.copyOf(childNames, n);
    }
    if (values[depth] == null) {
      names[depth] = new String[16];
      values[depth] = new Object[16];
    }
    counts[depth] = 0;
    isObject[depth] = object;
  }

  private void add(int depth, String name, Object value) {
    int c = counts[depth];
    if (c == values[depth].length) {
      names[depth] = Arrays.copyOf(names[depth], c * 2);
      values[depth] = Arrays.copyOf(values[depth], c * 2);
    }
    names[depth][c] = name;
    values[depth][c] = value;
    counts[depth] = c + 1;
  }

  private Object close(int depth) {
    int c = counts[depth];
    Object done = isObject[depth] ? JsonObject.of(names[depth], values[depth], c) : JsonArray.of(values[depth], c);
    // The scratch arrays must not keep finished values alive.
    Arrays.fill(values[depth], 0, c, null);
    return done;
  }

  private Object scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new IllegalStateException("no current token");
    }
    switch (t) {
      case VALUE_STRING:
        return strings.of(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
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
        // FIELD_NAME and embedded objects cannot start a value in JSON text.
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
