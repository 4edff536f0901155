package dev.mamori.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.cli.report.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** JSON output: one pretty-printed document on stdout ({@link JsonOutput}). */
final class Json {
  static final ObjectMapper MAPPER = JsonOutput.MAPPER;

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Prints a document built in memory (a tree or a value Jackson can serialise). */
  static void print(PrintWriter out, Object document) {
    stream(out, g -> MAPPER.writeValue(g, document));
  }

  /** Prints a document written as it is produced, for documents too large to build first. */
  static void stream(PrintWriter out, JsonOutput.Body body) {
    try {
      JsonOutput.write(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }
}
