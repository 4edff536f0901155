package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One streamed output file of the shape {@code {"Key": [ … ]}}, the shape of every
 * {@code describe-*} command: elements are written one by one and never held in memory.
 */
final class SectionFile implements AutoCloseable {
  private final JsonGenerator generator;
  private int elements;

  private SectionFile(JsonGenerator generator) {
    this.generator = generator;
  }

  static SectionFile open(Path file, String key) throws IOException {
    JsonGenerator g = CliJson.open(file);
    g.writeStartObject();
    g.writeArrayFieldStart(key);
    return new SectionFile(g);
  }

  /** The generator, positioned where the next element goes. */
  JsonGenerator element() {
    elements++;
    return generator;
  }

  int elements() {
    return elements;
  }

  @Override
  public void close() throws IOException {
    generator.writeEndArray();
    generator.writeEndObject();
    CliJson.close(generator);
  }
}
