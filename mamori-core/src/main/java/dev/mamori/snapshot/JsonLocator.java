package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a JSON path in a file, for error messages. Trees do not keep token
 * locations, so the file is streamed once more — only when there is an error to report.
 */
final class JsonLocator {
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  private JsonLocator() {}

  /** The line of the value at {@code path} ({@code $.A[0].B}), or of its deepest existing parent. */
  static OptionalInt lineOf(JsonFactory factory, Path file, String path) {
    List<Object> segments = parse(path);
    try (JsonParser p = factory.createParser(file.toFile())) {
      if (p.nextToken() == null) {
        return OptionalInt.empty();
      }
      int line = p.currentTokenLocation().getLineNr();
      for (Object segment : segments) {
        if (!(segment instanceof String name ? toField(p, name) : toIndex(p, (Integer) segment))) {
          break;
        }
        line = p.currentTokenLocation().getLineNr();
      }
      return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private static boolean toField(JsonParser p, String name) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String n = p.currentName();
      p.nextToken();
      if (n.equals(name)) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  private static boolean toIndex(JsonParser p, int index) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return false;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (i++ == index) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  private static List<Object> parse(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path.startsWith("$") ? path.substring(1) : path);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return out;
  }
}
