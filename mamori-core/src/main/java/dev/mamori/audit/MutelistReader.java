package dev.mamori.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a mutelist, YAML or JSON (JSON is YAML too, but a {@code .json} file gets JSON's error
 * messages):
 *
 * <pre>
 * mutes:
 *   - check: s3-versioning          # a check ID, or a pattern such as s3-* or *
 *     resource: "logs-*"            # the finding's resource, * and ? allowed
 *     reason: write-once log bucket # required: why the risk is accepted
 *     expires: 2026-12-31           # optional, last day the mute applies (UTC)
 * </pre>
 */
public final class MutelistReader {
  private static final Set<String> FIELDS = Set.of("check", "resource", "reason", "expires");

  private final CheckCatalog catalog;

  public MutelistReader(CheckCatalog catalog) {
    this.catalog = catalog;
  }

  /** @throws InvalidMutelistException naming the file and the entry when it cannot be used */
  public Mutelist read(Path file) {
    JsonNode root = parse(file);
    JsonNode mutes = root == null ? null : root.get("mutes");
    if (mutes == null || !mutes.isArray()) {
      throw invalid(file, "expected a top-level \"mutes\" list of {check, resource, reason, expires}");
    }
    List<MuteRule> rules = new ArrayList<>();
    for (int i = 0; i < mutes.size(); i++) {
      rules.add(rule(file, "mutes[" + i + "]", mutes.get(i)));
    }
    return new Mutelist(rules);
  }

  private static JsonNode parse(Path file) {
    if (!Files.isRegularFile(file)) {
      throw invalid(file, Files.exists(file) ? "expected a file" : "no such file");
    }
    ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    try {
      return mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw invalid(file, "malformed " + (file.toString().endsWith(".json") ? "JSON" : "YAML") + where + ": "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw invalid(file, "cannot read the file: " + e.getMessage());
    }
  }

  private MuteRule rule(Path file, String at, JsonNode entry) {
    if (entry == null || !entry.isObject()) {
      throw invalid(file, at + ": expected an object with check, resource, reason and optional expires");
    }
    for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw invalid(file, at + "." + name + ": unknown field; expected check, resource, reason or expires");
      }
    }
    MuteRule rule = new MuteRule(required(file, at, entry, "check"), required(file, at, entry, "resource"),
        required(file, at, entry, "reason"), expires(file, at, entry));
    if (!rule.checkIsPattern() && catalog.get(rule.check()).isEmpty()) {
      throw invalid(file, at + ".check: unknown check \"" + rule.check() + "\"");
    }
    return rule;
  }

  private static String required(Path file, String at, JsonNode entry, String field) {
    JsonNode v = entry.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw invalid(file, at + "." + field + ": required, expected text");
    }
    return v.asText().trim();
  }

  private static Optional<LocalDate> expires(Path file, String at, JsonNode entry) {
    JsonNode v = entry.get("expires");
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.asText().trim()));
    } catch (DateTimeParseException e) {
      throw invalid(file, at + ".expires: expected a date such as 2026-12-31, found \"" + v.asText() + "\"");
    }
  }

  private static InvalidMutelistException invalid(Path file, String message) {
    return new InvalidMutelistException("mutelist " + file + ": " + message);
  }
}
