package dev.mamori.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.responsibility.SharedResponsibilityModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check catalog: every check ID of DESIGN.md with its metadata, read from {@code checks.json}
 * beside this class. The file names its sources (the CIS AWS Foundations Benchmark v5.0 for the CIS
 * IDs and thresholds, AWS documentation for the rest). Loading checks that every severity and
 * responsibility item is one Mamori knows.
 */
public final class CheckCatalog {
  private static final String RESOURCE = "checks.json";
  private static final CheckCatalog BUNDLED = load();

  private final Map<String, CheckMetadata> checks;
  private final Map<String, String> sourceTitles;

  private CheckCatalog(Map<String, CheckMetadata> checks, Map<String, String> sourceTitles) {
    this.checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    this.sourceTitles = Map.copyOf(sourceTitles);
  }

  public static CheckCatalog bundled() {
    return BUNDLED;
  }

  /** Every check of the catalog, in catalog order. */
  public Collection<CheckMetadata> all() {
    return checks.values();
  }

  public Optional<CheckMetadata> get(String id) {
    return Optional.ofNullable(checks.get(id));
  }

  public CheckMetadata require(String id) {
    return get(id).orElseThrow(() -> new IllegalStateException("check " + id + " is not in " + RESOURCE));
  }

  /** The title of a source named by a check's {@code source} field. */
  public String sourceTitle(String sourceId) {
    return sourceTitles.getOrDefault(sourceId, sourceId);
  }

  private static CheckCatalog load() {
    try (InputStream in = CheckCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new ObjectMapper().readTree(in), SharedResponsibilityModel.bundled());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static CheckCatalog parse(JsonNode root, SharedResponsibilityModel responsibilities) {
    Map<String, String> sources = new LinkedHashMap<>();
    root.path("sources").forEach(s -> sources.put(s.path("id").asText(), s.path("title").asText()));
    Map<String, CheckMetadata> checks = new LinkedHashMap<>();
    root.path("checks").properties().forEach(e -> {
      CheckMetadata m = metadata(e.getKey(), e.getValue());
      if (responsibilities.item(m.responsibility()).isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": check " + m.id() + " names unknown responsibility " + m.responsibility());
      }
      if (!sources.containsKey(m.source())) {
        throw new IllegalStateException(RESOURCE + ": check " + m.id() + " names unknown source " + m.source());
      }
      checks.put(m.id(), m);
    });
    return new CheckCatalog(checks, sources);
  }

  private static CheckMetadata metadata(String id, JsonNode n) {
    Severity severity = Severity.fromId(text(id, n, "severity"))
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": check " + id + " has an unknown severity"));
    List<String> cis = new ArrayList<>();
    n.path("cis").forEach(c -> cis.add(c.asText()));
    Map<String, String> parameters = new LinkedHashMap<>();
    n.path("parameters").properties().forEach(p -> parameters.put(p.getKey(), p.getValue().asText()));
    return new CheckMetadata(id, text(id, n, "title"), text(id, n, "family"), text(id, n, "service"), severity,
        text(id, n, "responsibility"), cis, text(id, n, "rationale"), text(id, n, "remediation"), text(id, n, "source"),
        parameters);
  }

  private static String text(String id, JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalStateException(RESOURCE + ": check " + id + " needs a text field " + field);
    }
    return v.asText();
  }
}
