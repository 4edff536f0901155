package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mamori.model.PolicyDocument;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Policy documents as AWS outputs hold them: a JSON object (IAM documents as the CLI prints them),
 * a JSON string ({@code get-bucket-policy}, {@code get-key-policy}, Organizations policy content), or
 * a URL-encoded JSON string (IAM documents as the raw API returns them, RFC 3986). Each becomes a
 * {@link PolicyDocument} holding JSON text, checked to be a JSON object; the IAM engine interprets it.
 */
final class PolicyDocuments {
  /** Trailing text after the document ({@code {…} junk}) is an error, not silently dropped. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private PolicyDocuments() {}

  static PolicyDocument required(Node parent, String field) {
    return optional(parent, field).orElseThrow(() -> parent.error(field, "expected a policy document, found nothing"));
  }

  static Optional<PolicyDocument> optional(Node parent, String field) {
    Optional<Object> value = parent.optRaw(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Object v = value.get();
    if (v instanceof JsonObject) {
      return Optional.of(new PolicyDocument(JsonTreeWriter.toJson(v)));
    }
    if (!(v instanceof String text)) {
      throw parent.error(field, "expected a policy document (a JSON object, or a JSON or URL-encoded string), found "
          + Node.describe(v));
    }
    try {
      return Optional.of(fromText(text));
    } catch (IllegalArgumentException e) {
      throw parent.error(field, e.getMessage());
    }
  }

  /** A document held in a string: JSON text, or JSON text URL-encoded. */
  static PolicyDocument fromText(String text) {
    String trimmed = text.strip();
    boolean encoded = trimmed.startsWith("%");
    String json = encoded ? percentDecode(trimmed) : trimmed;
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || !tree.isObject()) {
        throw new IllegalArgumentException("expected a policy document (a JSON object), found "
            + (tree == null || tree.isMissingNode() ? "an empty string" : describe(tree)));
      }
      return new PolicyDocument(json);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int cut = message.indexOf('\n');
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " of the policy)";
      throw new IllegalArgumentException("the policy " + (encoded ? "(URL-decoded) " : "") + "is not valid JSON: "
          + (cut > 0 ? message.substring(0, cut) : message) + where);
    }
  }

  /** Names a Jackson value the way {@link Node#describe} names a snapshot value. */
  private static String describe(JsonNode v) {
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
    return v.isArray() ? "an array" : "null";
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8. A {@code +} stays a plus: RFC 3986, which IAM follows,
   * does not make it a space.
   */
  static String percentDecode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      int escape = text.indexOf('%', i);
      int runEnd = escape < 0 ? text.length() : escape;
      bytes.writeBytes(text.substring(i, runEnd).getBytes(StandardCharsets.UTF_8));
      if (escape < 0) {
        break;
      }
      int hi = escape + 2 < text.length() ? Character.digit(text.charAt(escape + 1), 16) : -1;
      int lo = escape + 2 < text.length() ? Character.digit(text.charAt(escape + 2), 16) : -1;
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("bad URL encoding: \"%" + text.substring(escape + 1,
            Math.min(escape + 3, text.length())) + "\" at character " + (escape + 1) + " is not a %XX escape");
      }
      bytes.write(hi * 16 + lo);
      i = escape + 3;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("bad URL encoding: the escapes do not spell UTF-8 text");
    }
  }
}
