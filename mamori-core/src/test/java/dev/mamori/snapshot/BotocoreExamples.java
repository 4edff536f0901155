package dev.mamori.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The botocore examples of the corpus ({@code {"examples": {Operation: [{id, input, output}]}}}):
 * each output is what the AWS CLI prints for that call.
 */
final class BotocoreExamples {
  private BotocoreExamples() {}

  /** One example's output, with the KMS key it is about when the call names one. */
  record Example(String operation, String id, int index, String output, Optional<String> keyId) {}

  static List<Example> read(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Example> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith("-examples-subset.json")).sorted().toList()) {
        for (Map.Entry<String, JsonNode> op : mapper.readTree(f.toFile()).get("examples").properties()) {
          for (JsonNode e : op.getValue()) {
            JsonNode output = e.get("output");
            Optional<String> key = Optional.ofNullable(output.at("/KeyMetadata/KeyId").textValue())
                .or(() -> Optional.ofNullable(e.at("/input/KeyId").textValue()));
            out.add(new Example(op.getKey(), e.path("id").asText(), out.size(), mapper.writeValueAsString(output), key));
          }
        }
      }
    }
    return out;
  }
}
