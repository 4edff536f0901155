package dev.mamori.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Every JSON document Mamori prints, written straight to the output as it is produced: the large
 * ones (a 100k-interface account's audit or exposure, 100 MB and more) are never one tree nor one
 * string in memory. Jackson's default pretty printer, and a line break after the document.
 */
public final class JsonOutput {
  /** Pretty-printing mapper, for the parts written as trees or values. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonOutput() {}

  /** Writes one document field by field. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes {@code body}'s document to {@code out}, which stays open. */
  public static void write(Writer out, Body body) throws IOException {
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      body.write(g);
    }
    out.write(System.lineSeparator());
  }
}
