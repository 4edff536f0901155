package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON laid out the way {@code aws ... --output json} prints it: four-space indentation,
 * {@code "Key": value}, empty arrays as {@code []}, a final newline.
 */
final class CliJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CliJson() {}

  /** Opens a file for streaming output, creating its folders. */
  static JsonGenerator open(Path file) {
    try {
      Files.createDirectories(file.getParent());
      JsonGenerator g = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8);
      g.setPrettyPrinter(prettyPrinter());
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Ends the document with the newline the CLI prints, and closes the file. */
  static void close(JsonGenerator g) throws IOException {
    g.flush();
    g.writeRaw('\n');
    g.close();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** {@code "Tags": [{"Key": k, "Value": v}, …]} from alternating keys and values. */
  static void tags(JsonGenerator g, String field, String... keysAndValues) throws IOException {
    g.writeArrayFieldStart(field);
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      g.writeStartObject();
      g.writeStringField("Key", keysAndValues[i]);
      g.writeStringField("Value", keysAndValues[i + 1]);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes one small JSON document to a file. */
  static void write(Path file, JsonBody body) {
    JsonGenerator g = open(file);
    try {
      body.write(g);
      close(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The content of a document. */
  @FunctionalInterface
  interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }
}
