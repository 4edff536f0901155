package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Policy documents are written in code as compact JSON text (easy to read and to compare with AWS's
 * documentation) and emitted as JSON objects, laid out like the rest of the file — the way the CLI
 * prints the documents of {@code get-account-authorization-details}.
 */
final class PolicyJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PolicyJson() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad built-in policy document: " + json, e);
    }
  }

  static void write(JsonGenerator g, String field, String json) throws IOException {
    g.writeFieldName(field);
    MAPPER.writeTree(g, parse(json));
  }

  /** One statement, with the Action and Resource given as JSON values (a string or an array). */
  static String statement(String sid, String effect, String action, String resource) {
    return "{\"Sid\":\"" + sid + "\",\"Effect\":\"" + effect + "\",\"Action\":" + action + ",\"Resource\":" + resource + "}";
  }

  static String document(String... statements) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
  }
}
