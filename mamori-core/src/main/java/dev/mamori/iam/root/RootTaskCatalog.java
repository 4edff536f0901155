package dev.mamori.iam.root;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tasks only the root user can do, as AWS documented them in 2018 and today ({@code root-tasks.json}). */
public final class RootTaskCatalog {
  private static final Map<String, RootTaskList> VERSIONS = load();

  private RootTaskCatalog() {}

  public static Set<String> versions() {
    return VERSIONS.keySet();
  }

  public static Optional<RootTaskList> version(String version) {
    return Optional.ofNullable(VERSIONS.get(version));
  }

  private static Map<String, RootTaskList> load() {
    try (InputStream in = RootTaskCatalog.class.getResourceAsStream("/dev/mamori/iam/root-tasks.json")) {
      JsonNode versions = new ObjectMapper().readTree(in).get("versions");
      Map<String, RootTaskList> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> v = it.next();
        List<RootTask> tasks = new ArrayList<>();
        v.getValue().get("tasks").forEach(t -> tasks.add(new RootTask(t.get("id").asText(), t.get("task").asText())));
        out.put(v.getKey(), new RootTaskList(v.getKey(), v.getValue().get("source").asText(), tasks));
      }
      return java.util.Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
