package dev.mamori.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A JSON value being read, with its JSON path, so that every complaint can say exactly where it
 * is. It also remembers which fields were read (or declared as known and ignored), so that the
 * reader can warn about fields it does not know — a misspelt {@code IpPermisions} must not pass
 * silently.
 */
final class Node {
  private final JsonNode json;
  private final String path;
  private static final int INDEX_THRESHOLD = 16;
  private final List<Node> children = new ArrayList<>(2);
  private Map<JsonNode, Node> childIndex;
  private Set<String> seen;

  Node(JsonNode json, String path) {
    this.json = json;
    this.path = path;
  }

  String path() {
    return path;
  }

  JsonNode json() {
    return json;
  }

  InputException error(String message) {
    return new InputException(path, message);
  }

  InputException error(String field, String message) {
    return new InputException(path + "." + field, message);
  }

  /** Declares fields that AWS prints and Mamori deliberately does not use. */
  Node ignore(String... fields) {
    for (String f : fields) {
      mark(f);
    }
    return this;
  }

  /** This node, checked to be a JSON object (the root of a per-resource file, say). */
  Node requireObject() {
    if (!json.isObject()) {
      throw error("expected a JSON object, found " + describe(json));
    }
    return this;
  }

  /** Like {@link #has} but a present field is required: its absence is an error. */
  Node require(String field, String what) {
    if (!has(field)) {
      throw error(field, "expected " + what + ", found nothing");
    }
    return this;
  }

  boolean has(String field) {
    mark(field);
    JsonNode v = json.get(field);
    return v != null && !v.isNull();
  }

  // ---- Objects and arrays -----------------------------------------------------------------

  Node object(String field) {
    return optObject(field).orElseThrow(() -> error(field, "expected an object, found nothing"));
  }

  Optional<Node> optObject(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      throw error(field, "expected an object, found " + describe(v));
    }
    return Optional.of(child(v, path + "." + field));
  }

  /** The elements of an array field; a missing field is an empty array, as the CLI omits them. */
  List<Node> array(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw error(field, "expected an array, found " + describe(v));
    }
    List<Node> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(child(v.get(i), path + "." + field + "[" + i + "]"));
    }
    return out;
  }

  /** An array of objects: each element must be an object. */
  List<Node> objects(String field) {
    List<Node> out = array(field);
    for (Node n : out) {
      if (!n.json.isObject()) {
        throw n.error("expected an object, found " + describe(n.json));
      }
    }
    return out;
  }

  List<String> texts(String field) {
    return array(field).stream().map(Node::asText).toList();
  }

  /** {@code Tags: [{"Key": k, "Value": v}]} as a map (missing means no tags). */
  Map<String, String> tags() {
    return tags("Tags");
  }

  Map<String, String> tags(String field) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Node t : objects(field)) {
      tags.put(t.text("Key"), t.optText("Value").orElse(""));
    }
    return tags;
  }

  /** Visits the fields of an object (for maps such as condition blocks). */
  void forEachField(BiConsumer<String, Node> visitor) {
    if (!json.isObject()) {
      throw error("expected an object, found " + describe(json));
    }
    for (Map.Entry<String, JsonNode> e : json.properties()) {
      mark(e.getKey());
      visitor.accept(e.getKey(), child(e.getValue(), path + "." + e.getKey()));
    }
  }

  // ---- Scalars ----------------------------------------------------------------------------

  String asText() {
    if (!json.isTextual()) {
      throw error("expected a string, found " + describe(json));
    }
    return json.asText();
  }

  String text(String field) {
    return optText(field).orElseThrow(() -> error(field, "expected a string, found nothing"));
  }

  Optional<String> optText(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw error(field, "expected a string, found " + describe(v));
    }
    return Optional.of(v.asText());
  }

  /** A text field that may be empty in AWS output; empty strings count as missing. */
  Optional<String> optNonEmptyText(String field) {
    return optText(field).filter(s -> !s.isEmpty());
  }

  int integer(String field) {
    return optInteger(field).orElseThrow(() -> error(field, "expected an integer, found nothing"));
  }

  Optional<Integer> optInteger(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return Optional.of(v.intValue());
    }
    // Some tools print numbers as strings; accept a string holding an integer.
    if (v.isTextual()) {
      try {
        return Optional.of(Integer.parseInt(v.asText().trim()));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw error(field, "expected an integer, found " + describe(v));
  }

  Optional<Long> optLong(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return Optional.of(v.longValue());
    }
    throw error(field, "expected an integer, found " + describe(v));
  }

  boolean bool(String field, boolean defaultValue) {
    return optBool(field).orElse(defaultValue);
  }

  Optional<Boolean> optBool(String field) {
    JsonNode v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(v.asText()));
    }
    throw error(field, "expected true or false, found " + describe(v));
  }

  /**
   * A date and time: ISO-8601 text as the CLI prints it, or epoch seconds as the raw API (and the
   * CLI with {@code cli_timestamp_format = none}) prints it.
   */
  Optional<Instant> optInstant(String field) {
    JsonNode v = get(field);
    if (v != null && v.isNumber()) {
      return Optional.of(Instant.ofEpochMilli(Math.round(v.doubleValue() * 1000)));
    }
    return optText(field).filter(s -> !s.isEmpty()).map(s -> parse(field, s, Node::parseInstant));
  }

  Cidr cidr(String field) {
    return parse(field, text(field), Cidr::parse);
  }

  Optional<Cidr> optCidr(String field) {
    return optNonEmptyText(field).map(s -> parse(field, s, Cidr::parse));
  }

  IpAddress ip(String field) {
    return parse(field, text(field), IpAddress::parse);
  }

  Optional<IpAddress> optIp(String field) {
    return optNonEmptyText(field).map(s -> parse(field, s, IpAddress::parse));
  }

  /** This value as a CIDR block (for arrays of strings such as {@code Cidrs}). */
  Cidr asCidr() {
    try {
      return Cidr.parse(asText());
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** Converts a text value; a parser's {@link IllegalArgumentException} becomes an input error. */
  <T> T parse(String field, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw error(field, e.getMessage());
    }
  }

  /** Checks a value and reports it at {@code field} when it is out of range. */
  <T> T check(String field, java.util.function.Supplier<T> construct) {
    try {
      return construct.get();
    } catch (IllegalArgumentException e) {
      throw error(field, e.getMessage());
    }
  }

  static Instant parseInstant(String text) {
    Optional<Instant> common = CliTimestamps.parse(text);
    if (common.isPresent()) {
      return common.get();
    }
    // boto-based tools print "2020-03-03 01:21:04+00:00": a space instead of the ISO "T".
    String s = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e2) {
        try {
          // "2019-01-01T00:00:00" without an offset is UTC in AWS output.
          return java.time.LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
          } catch (DateTimeParseException e4) {
            throw new IllegalArgumentException("expected an ISO-8601 date and time, found \"" + text + "\"");
          }
        }
      }
    }
  }

  // ---- Unknown-field tracking -------------------------------------------------------------

  /** Reports every field of this node and its children that was neither read nor declared known. */
  void collectUnknownFields(BiConsumer<String, String> sink) {
    if (json.isObject()) {
      Iterator<String> names = json.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (seen == null || !seen.contains(name)) {
          sink.accept(path, name);
        }
      }
    }
    for (Node c : children) {
      c.collectUnknownFields(sink);
    }
  }

  private JsonNode get(String field) {
    mark(field);
    JsonNode v = json.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private void mark(String field) {
    if (seen == null) {
      seen = new java.util.HashSet<>(8);
    }
    seen.add(field);
  }

  /**
   * One child per JSON value, so that fields read through any handle count as read. Large arrays
   * (a whole authorization-details file) get an identity index so that this stays linear.
   */
  private Node child(JsonNode v, String childPath) {
    if (childIndex != null) {
      return childIndex.computeIfAbsent(v, json -> addChild(json, childPath));
    }
    for (Node c : children) {
      if (c.json == v) {
        return c;
      }
    }
    Node c = addChild(v, childPath);
    if (children.size() > INDEX_THRESHOLD) {
      childIndex = new IdentityHashMap<>();
      children.forEach(n -> childIndex.put(n.json, n));
    }
    return c;
  }

  private Node addChild(JsonNode v, String childPath) {
    Node c = new Node(v, childPath);
    children.add(c);
    return c;
  }

  static String describe(JsonNode v) {
    if (v.isTextual()) {
      String t = v.asText();
      return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }
    if (v.isNumber()) {
      return "the number " + v.asText();
    }
    if (v.isBoolean()) {
      return v.asText();
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isObject()) {
      return "an object";
    }
    return "null";
  }
}
