package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree the reader builds stands in for Jackson's: for the same text it must have the same
 * values, describe them in error messages as they were described from Jackson's nodes, and print
 * (policy documents) exactly as {@code JsonNode.toString()}.
 */
class JsonTreeReaderTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static final List<String> DOCUMENTS = List.of(
      "{\"a\": 1, \"b\": -2147483648, \"c\": 2147483648, \"d\": 9223372036854775807, \"e\": 9223372036854775808}",
      "{\"f\": 1.5, \"g\": 1e10, \"h\": 1E-7, \"i\": -0.0, \"j\": 100.0, \"k\": 0.1, \"l\": 1e400, \"m\": 123456789012.0}",
      "{\"s\": \"é\\u2028\\t\\\"\\\\/<>&\\u0001\\u00ff\", \"long\": \"" + "x".repeat(60) + "\", \"empty\": \"\"}",
      "{\"t\": true, \"f\": false, \"n\": null, \"arr\": [1, [2, [3, {}]], {\"x\": [null]}], \"o\": {}}",
      "{\"dup\": 1, \"other\": 2, \"dup\": {\"inner\": [3]}}",
      "[{\"Version\": \"2012-10-17\", \"Statement\": [{\"Condition\": {\"NumericLessThan\": {\"k\": [1.5, 1e10]}}}]}]",
      "\"just a string\"",
      "42",
      "null");

  @Test
  void printsAsJacksonsTreePrints() throws IOException {
    for (String json : DOCUMENTS) {
      assertThat(JsonTreeWriter.toJson(read(json))).as(json).isEqualTo(JACKSON.readTree(json).toString());
    }
  }

  @Test
  void describesValuesAsTheyWereDescribedFromJacksonsNodes() throws IOException {
    for (String json : DOCUMENTS) {
      Object ours = read(json);
      JsonNode theirs = JACKSON.readTree(json);
      if (ours instanceof JsonObject o) {
        for (int i = 0; i < o.size(); i++) {
          assertThat(Node.describe(o.value(i))).as(json + " " + o.name(i)).isEqualTo(jacksonDescription(theirs.get(o.name(i))));
        }
      } else {
        assertThat(Node.describe(ours)).as(json).isEqualTo(jacksonDescription(theirs));
      }
    }
  }

  @Test
  void keepsJacksonsNumberTypes() throws IOException {
    JsonObject o = (JsonObject) read(DOCUMENTS.get(0));
    assertThat(o.value(0)).isEqualTo(1);
    assertThat(o.value(1)).isEqualTo(Integer.MIN_VALUE);
    assertThat(o.value(2)).isEqualTo(2147483648L);
    assertThat(o.value(4)).isEqualTo(new BigInteger("9223372036854775808"));
  }

  @Test
  void aRepeatedNameKeepsItsFirstPlaceAndItsLastValue() throws IOException {
    JsonObject o = (JsonObject) read("{\"dup\": 1, \"other\": 2, \"dup\": 3}");
    assertThat(o.size()).isEqualTo(2);
    assertThat(o.name(0)).isEqualTo("dup");
    assertThat(o.value(0)).isEqualTo(3);
  }

  @Test
  void syntaxErrorsAreTheParsersOwn() {
    assertThatThrownBy(() -> read("{\"a\": [1, 2,, 3]}"))
        .isInstanceOf(JsonParseException.class)
        .hasMessageStartingWith("Unexpected character (',' (code 44)): expected a valid value");
  }

  private static Object read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return JsonTreeReader.read(p);
    }
  }

  /** How the reader described a value when its trees were Jackson's. */
  private static String jacksonDescription(JsonNode v) {
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
    return v.isObject() ? "an object" : "null";
  }
}
