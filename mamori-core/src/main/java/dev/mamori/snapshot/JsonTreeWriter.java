package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Prints a JSON value compactly — the text a policy document given as a JSON object is kept as. It
 * goes through Jackson's generator with its defaults, so the text is the same as Jackson's
 * {@code JsonNode.toString()} gave for the same input.
 */
final class JsonTreeWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonTreeWriter() {}

  static String toJson(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof JsonObject o) {
      g.writeStartObject();
      for (int i = 0; i < o.size(); i++) {
        g.writeFieldName(o.name(i));
        write(g, o.value(i));
      }
      g.writeEndObject();
    } else if (value instanceof JsonArray a) {
      g.writeStartArray();
      for (int i = 0; i < a.size(); i++) {
        write(g, a.get(i));
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer n) {
      g.writeNumber(n);
    } else if (value instanceof Long n) {
      g.writeNumber(n);
    } else if (value instanceof BigInteger n) {
      g.writeNumber(n);
    } else if (value instanceof Double n) {
      g.writeNumber(n);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }
}
