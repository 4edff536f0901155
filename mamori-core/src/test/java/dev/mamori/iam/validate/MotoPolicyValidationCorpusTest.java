package dev.mamori.iam.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * moto's IAM policy-validation tables: every invalid document is rejected with the
 * MalformedPolicyDocument message IAM gives, every valid one is accepted (as identity policies,
 * the documents of iam:CreatePolicy).
 */
class MotoPolicyValidationCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "iam/moto-iam-policy-validation";

  static Stream<Arguments> invalid() throws IOException {
    Path file = Corpus.require(DIR).resolve("invalid_policies.json");
    List<Arguments> out = new ArrayList<>();
    JsonNode cases = JSON.readTree(file.toFile()).get("cases");
    for (int i = 0; i < cases.size(); i++) {
      out.add(Arguments.of(i, text(cases.get(i).get("document")), cases.get(i).get("error_message").asText()));
    }
    return out.stream();
  }

  static Stream<Arguments> valid() throws IOException {
    Path file = Corpus.require(DIR).resolve("valid_policies.json");
    List<Arguments> out = new ArrayList<>();
    JsonNode docs = JSON.readTree(file.toFile()).get("documents");
    for (int i = 0; i < docs.size(); i++) {
      out.add(Arguments.of(i, text(docs.get(i))));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "invalid #{0}: {2}")
  @MethodSource("invalid")
  void rejectsWithIamsMessage(int index, String document, String expectedMessage) {
    ValidationReport report = PolicyValidator.validate(document, PolicyType.IDENTITY);
    assertThat(report.valid()).as(document).isFalse();
    assertThat(report.errors().get(0).message()).as(document).isEqualTo(expectedMessage);
  }

  @ParameterizedTest(name = "valid #{0}")
  @MethodSource("valid")
  void accepts(int index, String document) {
    assertThat(PolicyValidator.validate(document, PolicyType.IDENTITY).errors()).as(document).isEmpty();
  }

  /** A document is given either as the JSON text IAM receives, or as a JSON object. */
  private static String text(JsonNode document) {
    return document.isTextual() ? document.asText() : document.toString();
  }
}
