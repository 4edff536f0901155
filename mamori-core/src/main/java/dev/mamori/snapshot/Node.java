package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A JSON value being read, with its JSON path, so that every complaint can say exactly where it
 * is. The objects it reads remember which fields were read (or declared as known and ignored), so
 * that the reader can warn about fields it does not know — a misspelt {@code IpPermisions} must not
 * pass silently.
 *
 * <p>The path is built only when asked for (an error or a warning): most values never need it.
 */
final class Node {
  private final Object json;
  private final Node parent;
  /** The field name within the parent object, or the whole path of a root. */
  private final String name;
  /** The position within the array held by {@link #name}, or -1. */
  private final int index;
  private final Node root;
  /** At the root: the objects read through this tree, in the order they were first looked at. */
  private List<JsonObject> visited;
  private String path;

  /** A whole file, or the top-level values of one ({@code $}). */
  static Node root(Object json) {
    return new Node(json, null, "$", -1);
  }

  /** One element of a top-level array ({@code $.Key[index]}). */
  static Node element(Object json, String key, int index) {
    return new Node(json, null, key, index);
  }

  private Node(Object json, Node parent, String name, int index) {
    this.json = json;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.root = parent == null ? this : parent.root;
    if (json instanceof JsonObject o && o.visitOrder() == 0) {
      if (root.visited == null) {
        root.visited = new ArrayList<>();
      }
      root.visited.add(o);
      o.visit(root.visited.size());
    }
  }

  String path() {
    if (path == null) {
      if (parent == null) {
        path = index < 0 ? name : "$." + name + "[" + index + "]";
      } else {
        path = index < 0 ? parent.path() + "." + name : parent.path() + "." + name + "[" + index + "]";
      }
    }
    return path;
  }

  InputException error(String message) {
    return new InputException(path(), message);
  }

  InputException error(String field, String message) {
    return new InputException(path() + "." + field, message);
  }

  /** Declares fields that AWS prints and Mamori deliberately does not use. */
  Node ignore(String... fields) {
    if (json instanceof JsonObject o) {
      for (String f : fields) {
        int i = o.indexOf(f);
        if (i >= 0) {
          o.markRead(i);
        }
      }
    }
    return this;
  }

  /** This node, checked to be a JSON object (the root of a per-resource file, say). */
  Node requireObject() {
    if (!isObject()) {
      throw error("expected a JSON object, found " + describe(json));
    }
    return this;
  }

  boolean isObject() {
    return json instanceof JsonObject;
  }

  /** True when this is an object with this field, whatever its value (even null); not a read. */
  boolean containsField(String field) {
    return json instanceof JsonObject o && o.indexOf(field) >= 0;
  }

  /** Like {@link #has} but a present field is required: its absence is an error. */
  Node require(String field, String what) {
    if (!has(field)) {
      throw error(field, "expected " + what + ", found nothing");
    }
    return this;
  }

  boolean has(String field) {
    return get(field) != null;
  }

  /** True when the field holds an object. */
  boolean isObject(String field) {
    return get(field) instanceof JsonObject;
  }

  /**
   * The raw value of a field, for values kept as JSON text (policy documents): reading it does not
   * make its own fields count as read or unknown.
   */
  Optional<Object> optRaw(String field) {
    return Optional.ofNullable(get(field));
  }

  // ---- Objects and arrays -----------------------------------------------------------------

  Node object(String field) {
    return optObject(field).orElseThrow(() -> error(field, "expected an object, found nothing"));
  }

  Optional<Node> optObject(String field) {
    Object v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof JsonObject)) {
      throw error(field, "expected an object, found " + describe(v));
    }
    return Optional.of(new Node(v, this, field, -1));
  }

  /** The elements of an array field; a missing field is an empty array, as the CLI omits them. */
  List<Node> array(String field) {
    Object v = get(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw error(field, "expected an array, found " + describe(v));
    }
    List<Node> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      out.add(new Node(a.get(i), this, field, i));
    }
    return out;
  }

  /** An array of objects: each element must be an object. */
  List<Node> objects(String field) {
    List<Node> out = array(field);
    for (Node n : out) {
      if (!n.isObject()) {
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
    if (!(json instanceof JsonObject o)) {
      throw error("expected an object, found " + describe(json));
    }
    for (int i = 0; i < o.size(); i++) {
      o.markRead(i);
      visitor.accept(o.name(i), new Node(o.value(i), this, o.name(i), -1));
    }
  }

  // ---- Scalars ----------------------------------------------------------------------------

  String asText() {
    if (!(json instanceof String s)) {
      throw error("expected a string, found " + describe(json));
    }
    return s;
  }

  String text(String field) {
    return optText(field).orElseThrow(() -> error(field, "expected a string, found nothing"));
  }

  Optional<String> optText(String field) {
    Object v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s)) {
      throw error(field, "expected a string, found " + describe(v));
    }
    return Optional.of(s);
  }

  /** A text field that may be empty in AWS output; empty strings count as missing. */
  Optional<String> optNonEmptyText(String field) {
    return optText(field).filter(s -> !s.isEmpty());
  }

  int integer(String field) {
    return optInteger(field).orElseThrow(() -> error(field, "expected an integer, found nothing"));
  }

  Optional<Integer> optInteger(String field) {
    Object v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Integer i) {
      return Optional.of(i);
    }
    if (v instanceof Long l && l == l.intValue()) {
      return Optional.of(l.intValue());
    }
    // Some tools print numbers as strings; accept a string holding an integer.
    if (v instanceof String s) {
      try {
        return Optional.of(Integer.parseInt(s.trim()));
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw error(field, "expected an integer, found " + describe(v));
  }

  Optional<Long> optLong(String field) {
    Object v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Integer || v instanceof Long) {
      return Optional.of(((Number) v).longValue());
    }
    if (v instanceof BigInteger b && b.bitLength() < 64) {
      return Optional.of(b.longValue());
    }
    throw error(field, "expected an integer, found " + describe(v));
  }

  boolean bool(String field, boolean defaultValue) {
    return optBool(field).orElse(defaultValue);
  }

  Optional<Boolean> optBool(String field) {
    Object v = get(field);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Optional.of(Boolean.parseBoolean(s));
    }
    throw error(field, "expected true or false, found " + describe(v));
  }

  /**
   * A date and time: ISO-8601 text as the CLI prints it, or epoch seconds as the raw API (and the
   * CLI with {@code cli_timestamp_format = none}) prints it.
   */
  Optional<Instant> optInstant(String field) {
    Object v = get(field);
    if (v instanceof Number n) {
      return Optional.of(Instant.ofEpochMilli(Math.round(n.doubleValue() * 1000)));
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

  /**
   * Reports every field of this node and of the objects read through it that was neither read nor
   * declared known: an object's own fields first, then the objects under it in the order the reader
   * first looked at them. Objects no reader looked at (ignored subtrees) are not reported.
   */
  void collectUnknownFields(BiConsumer<String, String> sink) {
    if (!(json instanceof JsonObject o) || o.visitOrder() == 0 || (this == root && everyFieldRead())) {
      return;
    }
    collect(o, new StringBuilder(path()), sink);
  }

  /** The common case, checked without walking the tree: no object read here has an unknown field. */
  private boolean everyFieldRead() {
    for (JsonObject o : visited) {
      if (!o.allRead()) {
        return false;
      }
    }
    return true;
  }

  private static void collect(JsonObject o, StringBuilder path, BiConsumer<String, String> sink) {
    if (!o.allRead()) {
      String at = path.toString();
      for (int i = 0; i < o.size(); i++) {
        if (!o.isRead(i)) {
          sink.accept(at, o.name(i));
        }
      }
    }
    List<Visited> children = null;
    for (int i = 0; i < o.size(); i++) {
      if (!o.isRead(i)) {
        continue; // a reader reaches a value only by reading its field
      }
      Object v = o.value(i);
      if (v instanceof JsonObject c && c.visitOrder() != 0) {
        children = Visited.add(children, new Visited(c, o.name(i), -1));
      } else if (v instanceof JsonArray a) {
        for (int k = 0; k < a.size(); k++) {
          if (a.get(k) instanceof JsonObject c && c.visitOrder() != 0) {
            children = Visited.add(children, new Visited(c, o.name(i), k));
          }
        }
      }
    }
    if (children == null) {
      return;
    }
    children.sort(null);
    int length = path.length();
    for (Visited c : children) {
      path.append('.').append(c.name);
      if (c.index >= 0) {
        path.append('[').append(c.index).append(']');
      }
      collect(c.object, path, sink);
      path.setLength(length);
    }
  }

  /** An object under another that a reader looked at, with its place, ordered by first look. */
  private record Visited(JsonObject object, String name, int index) implements Comparable<Visited> {
    static List<Visited> add(List<Visited> list, Visited v) {
      List<Visited> out = list == null ? new ArrayList<>(4) : list;
      out.add(v);
      return out;
    }

    @Override
    public int compareTo(Visited other) {
      return Integer.compare(object.visitOrder(), other.object.visitOrder());
    }
  }

  /** The value of a field, marked as read; null when absent or JSON null (this class only). */
  private Object get(String field) {
    if (!(json instanceof JsonObject o)) {
      return null;
    }
    int i = o.indexOf(field);
    if (i < 0) {
      return null;
    }
    o.markRead(i);
    Object v = o.value(i);
    return v == JsonNull.INSTANCE ? null : v;
  }

  /** How an error message names a value it did not expect. */
  static String describe(Object v) {
    if (v instanceof String t) {
      return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }
    if (v instanceof Number) {
      return "the number " + v; // Integer, Long, BigInteger and Double print as Jackson's nodes did
    }
    if (v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof JsonArray) {
      return "an array";
    }
    if (v instanceof JsonObject) {
      return "an object";
    }
    return "null";
  }
}
