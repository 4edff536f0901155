package dev.mamori.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.audit.CheckMetadata;
import dev.mamori.audit.Finding;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One rule per check that ran (the
 * check ID is the stable ruleId); one result per listed finding, located in the snapshot file that
 * holds the resource, at the line that names it. {@code partialFingerprints} hash the check,
 * resource and region so that an alert keeps its identity from one run to the next however the
 * files move.
 */
public final class SarifReport implements ReportRenderer {
  private static final ObjectMapper MAPPER = JsonOutput.MAPPER;
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "mamoriFinding/v1";

  @Override
  public void render(ReportInput input, Writer out) throws IOException {
    // Each result is written as it is built: a large account's report (100k results, 144 MB) is
    // never one tree in memory.
    JsonOutput.write(out, g -> document(input, g));
  }

  private static void document(ReportInput input, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "Mamori");
    g.writeStringField("version", input.toolVersion());
    g.writeStringField("semanticVersion", input.toolVersion());
    g.writeArrayFieldStart("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (CheckMetadata m : input.report().checksRun()) {
      ruleIndex.put(m.id(), ruleIndex.size());
      MAPPER.writeTree(g, rule(m));
    }
    g.writeEndArray();
    g.writeEndObject(); // driver
    g.writeEndObject(); // tool
    g.writeArrayFieldStart("results");
    List<Finding> listed = input.listed();
    Map<String, Set<String>> wanted = new HashMap<>();
    listed.forEach(f -> f.source().ifPresent(s -> wanted.computeIfAbsent(s, k -> new HashSet<>()).add(f.resource())));
    SourceLines lines = new SourceLines(input.snapshot(), wanted);
    for (Finding f : listed) {
      MAPPER.writeTree(g, result(f, ruleIndex.get(f.check()), input.snapshot(), lines));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("invocations");
    ObjectNode invocation = MAPPER.createObjectNode();
    invocation.put("executionSuccessful", true);
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    input.loadErrors().forEach(e -> notifications.addObject().put("level", "error")
        .putObject("message").put("text", e + " (not loaded: its resources were not evaluated)"));
    input.warnings().forEach(w -> notifications.addObject().put("level", "warning")
        .putObject("message").put("text", w.toString()));
    MAPPER.writeTree(g, invocation);
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeStringField("asOf", input.report().asOf().toString());
    g.writeEndObject();
    g.writeEndObject(); // run
    g.writeEndArray(); // runs
    g.writeEndObject();
  }

  private static ObjectNode rule(CheckMetadata m) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("id", m.id());
    r.put("name", camelCase(m.id()));
    r.putObject("shortDescription").put("text", m.title());
    r.putObject("fullDescription").put("text", m.rationale());
    r.putObject("help").put("text", m.rationale() + "\nRemediation: " + m.remediation())
        .put("markdown", m.rationale() + "\n\n**Remediation**\n\n```sh\n" + m.remediation() + "\n```");
    r.putObject("defaultConfiguration").put("level", level(m.severity()));
    ObjectNode props = r.putObject("properties");
    props.put("security-severity", m.severity().securitySeverity());
    props.put("precision", "very-high");
    props.put("problem.severity", level(m.severity()).equals("note") ? "recommendation" : level(m.severity()));
    ArrayNode tags = props.putArray("tags");
    tags.add("security").add("aws").add(m.service()).add(m.responsibility());
    m.cis().forEach(c -> tags.add("CIS-AWS-5.0-" + c));
    return r;
  }

  private static ObjectNode result(Finding f, int ruleIndex, Path snapshot, SourceLines lines) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("ruleId", f.check());
    r.put("ruleIndex", ruleIndex);
    r.put("kind", kind(f.status()));
    r.put("level", f.failed() ? level(f.severity()) : "none");
    r.putObject("message").put("text", f.message() + " [" + f.resource() + (f.region().equals("global") ? "" : ", " + f.region())
        + "] Remediation: " + f.remediation());
    ObjectNode location = r.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(snapshot, f.source().orElse("")));
    physical.putObject("region").put("startLine", f.source().map(s -> lines.lineOf(s, f.resource())).orElse(1));
    location.putArray("logicalLocations").addObject().put("name", f.resource()).put("kind", "resource")
        .put("fullyQualifiedName", f.region() + "/" + f.resource());
    r.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f));
    ObjectNode props = r.putObject("properties");
    props.put("status", f.status().name()).put("severity", f.severity().id()).put("responsibility", f.responsibility())
        .put("resource", f.resource()).put("region", f.region());
    ArrayNode explanation = props.putArray("explanation");
    Explanations.lines(f.explanation()).forEach(explanation::add);
    return r;
  }

  /**
   * The file's path as a relative URI on the snapshot path the user gave: run from a repository's
   * root on a snapshot inside it, it is the path GitHub expects. A finding with no known file
   * points at the snapshot directory itself.
   */
  static String uri(Path snapshot, String source) {
    Path p = source.isEmpty() ? snapshot : snapshot.resolve(source);
    Path normal = p.normalize();
    if (normal.isAbsolute()) {
      Path cwd = Path.of("").toAbsolutePath();
      if (normal.startsWith(cwd)) {
        normal = cwd.relativize(normal);
      } else {
        return normal.toUri().toString();
      }
    }
    String text = normal.toString().replace('\\', '/');
    return text.isEmpty() ? "." : List.of(text.split("/")).stream().map(SarifReport::encode).reduce((a, b) -> a + "/" + b).orElse(".");
  }

  private static String encode(String segment) {
    return java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String fingerprint(Finding f) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((f.check() + "\n" + f.resource() + "\n" + f.region()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String kind(Status s) {
    return switch (s) {
      case FAIL -> "fail";
      case PASS -> "pass";
      case NOT_EVALUATED -> "open";
    };
  }

  private static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  private static String camelCase(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("-")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
