package dev.mamori.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.SnapshotDir;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  @TempDir Path tmp;

  private JsonNode render(ReportInput input) throws Exception {
    StringWriter out = new StringWriter();
    new SarifReport().render(input, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void validatesAgainstTheSarif210Schema() throws Exception {
    Path schemaFile = Corpus.require("posture/output-schemas/sarif/sarif-schema-2.1.0.json");
    Schema schema;
    try (InputStream in = Files.newInputStream(schemaFile)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
    for (boolean all : new boolean[] {false, true}) {
      List<Error> errors = schema.validate(render(SampleReports.sample(Path.of("snap"), all)));
      assertThat(errors).as("SARIF schema errors").isEmpty();
    }
  }

  @Test
  void loadErrorsAndWarningsAreToolNotifications() throws Exception {
    JsonNode notifications = render(SampleReports.sample(Path.of("snap"), false))
        .at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(notifications).hasSize(2);
    assertThat(notifications.get(0).get("level").asText()).isEqualTo("error");
    assertThat(notifications.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(notifications.get(1).at("/message/text").asText())
        .isEqualTo("111122223333/eu-west-1/notes.json: no AWS CLI output key Mamori knows (found Foo); file ignored");
  }

  @Test
  void theSchemaValidatorCatchesAnInvalidDocument() throws Exception {
    Path schemaFile = Corpus.require("posture/output-schemas/sarif/sarif-schema-2.1.0.json");
    try (InputStream in = Files.newInputStream(schemaFile)) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
      JsonNode bad = new ObjectMapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}");
      assertThat(schema.validate(bad)).isNotEmpty();
    }
  }

  @Test
  void resultsCarryWhatGithubCodeScanningNeeds() throws Exception {
    Path snap = tmp.resolve("snap");
    new SnapshotDir(snap).file("111122223333/eu-west-1/security-groups.json", "{\n  \"SecurityGroups\": [\n    {\"GroupId\": \"sg-0def1\"}\n  ]\n}\n");
    JsonNode doc = render(SampleReports.sample(snap, false));
    JsonNode run = doc.at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules).extracting(r -> r.get("id").asText())
        .containsExactly("sg-default-restrict", "exposed-admin-port", "s3-public-bucket", "kms-rotation");
    JsonNode exposed = rules.get(1);
    assertThat(exposed.at("/properties/security-severity").asText()).isEqualTo("9.5");
    assertThat(exposed.at("/defaultConfiguration/level").asText()).isEqualTo("error");

    JsonNode sg = findResult(run, "sg-default-restrict");
    assertThat(sg.get("ruleIndex").asInt()).isZero();
    assertThat(sg.get("level").asText()).isEqualTo("warning");
    // A snapshot outside the working directory gets an absolute file URI ...
    assertThat(sg.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(snap.resolve("111122223333/eu-west-1/security-groups.json").toUri().toString());
    // ... one given relative to it (a repository's root, as CI runs it) a relative path.
    JsonNode relative = findResult(render(SampleReports.sample(Path.of("examples/acme"), false)).at("/runs/0"), "sg-default-restrict");
    assertThat(relative.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("examples/acme/111122223333/eu-west-1/security-groups.json");
    assertThat(sg.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(sg.at("/partialFingerprints/mamoriFinding~1v1").asText()).hasSize(32);
    assertThat(run.get("results")).extracting(r -> r.get("ruleId").asText()).doesNotContain("kms-rotation-pass");
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()).contains("broken.json");
  }

  @Test
  void fingerprintsAreStableAcrossRuns() throws Exception {
    JsonNode a = render(SampleReports.sample(Path.of("snap"), true));
    JsonNode b = render(SampleReports.sample(Path.of("elsewhere/snap"), true));
    for (int i = 0; i < a.at("/runs/0/results").size(); i++) {
      assertThat(a.at("/runs/0/results/" + i + "/partialFingerprints")).isEqualTo(b.at("/runs/0/results/" + i + "/partialFingerprints"));
    }
  }

  @Test
  void passesOnlyWithAll() throws Exception {
    assertThat(render(SampleReports.sample(Path.of("snap"), false)).at("/runs/0/results"))
        .extracting(r -> r.get("kind").asText()).containsOnly("fail", "open");
    assertThat(render(SampleReports.sample(Path.of("snap"), true)).at("/runs/0/results"))
        .extracting(r -> r.get("kind").asText()).contains("pass");
  }

  private static JsonNode findResult(JsonNode run, String ruleId) {
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + ruleId);
  }
}
