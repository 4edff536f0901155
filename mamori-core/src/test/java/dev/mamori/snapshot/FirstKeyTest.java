package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick look at a file's first key answers as Jackson does, on usual and unusual starts. */
class FirstKeyTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  @TempDir Path tmp;

  @Test
  void answersAsJacksonDoes() throws IOException {
    List<byte[]> starts = List.of(
        utf8("{\"Subnets\": [{\"SubnetId\": \"subnet-1\"}]}"),
        utf8("\n\t {\r\n  \"Subnets\" :\n[]}"),
        utf8("\uFEFF{\"Subnets\": []}"),
        utf8("{\"Sub\\u006eets\": []}"),
        utf8("{\"Ключ\": []}"),
        utf8("{\"Subnets\": 5}"),
        utf8("{\"Subnets\": true}"),
        utf8("{\"Subnets\" []}"),
        utf8("{}"),
        utf8("[{\"Subnets\": []}]"),
        utf8(""),
        utf8("   "),
        utf8("{'Subnets': []}"),
        utf8("{\"" + "K".repeat(300) + "\": []}"),
        "{\"Subnets\": []}".getBytes(StandardCharsets.UTF_16LE),
        "{\"Subnets\": []}".getBytes(StandardCharsets.UTF_16));
    int n = 0;
    for (byte[] start : starts) {
      Path f = tmp.resolve("f" + n++ + ".json");
      Files.write(f, start);
      assertThat(FirstKey.of(f, FACTORY)).as(new String(start, StandardCharsets.ISO_8859_1)).isEqualTo(jackson(f));
    }
  }

  @Test
  void aFileThatCannotBeReadHasNoKey() {
    assertThat(FirstKey.of(tmp.resolve("missing.json"), FACTORY)).isEmpty();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String jackson(Path f) {
    try (JsonParser p = FACTORY.createParser(f.toFile())) {
      return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
