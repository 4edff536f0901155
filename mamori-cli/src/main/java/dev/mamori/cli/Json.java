package dev.mamori.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** JSON output: one pretty-printed document on stdout. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Writes a document field by field as it is produced. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Prints a document built in memory (a tree or a value Jackson can serialise). */
  static void print(PrintWriter out, Object document) {
    stream(out, g -> MAPPER.writeValue(g, document));
  }

  /**
   * Prints a document written straight to the output, for documents too large to build first (a
   * 100k-interface account's exposure is 100 MB of JSON). Jackson's default pretty printer, as
   * {@link #print} uses, and a line break after the document.
   */
  static void stream(PrintWriter out, Body body) {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
    out.println();
  }
}
