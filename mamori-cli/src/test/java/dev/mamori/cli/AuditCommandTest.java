package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path tmp;

  private Path snapshot() {
    return AuditSnapshots.small(tmp.resolve("snap"));
  }

  private JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("audit", snapshot().toString(), "--format", "json", "--as-of", "2026-06-01"));
    all.addAll(List.of(args));
    Cli.Run run = Cli.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.MAPPER.readTree(run.out());
  }

  private static JsonNode finding(JsonNode doc, String check, String resource) {
    for (JsonNode f : doc.get("findings")) {
      if (f.get("check").asText().equals(check) && f.get("resource").asText().equals(resource)) {
        return f;
      }
    }
    throw new AssertionError("no " + check + " finding for " + resource + " in " + doc.get("findings"));
  }

  @Test
  void jsonFindingsFollowTheContract() throws Exception {
    JsonNode doc = json();
    JsonNode f = finding(doc, "sg-default-restrict", "sg-0def1");
    assertThat(f.get("status").asText()).isEqualTo("FAIL");
    assertThat(f.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(f.get("severity").asText()).isEqualTo("medium");
    assertThat(f.get("responsibility").asText()).isEqualTo("policies-and-configuration");
    assertThat(f.get("cis")).extracting(JsonNode::asText).containsExactly("5.5");
    assertThat(f.get("message").asText()).contains("vpc-1");
    assertThat(f.get("remediation").asText()).startsWith("aws ec2 revoke-security-group-ingress --group-id sg-0def1");
    assertThat(f.get("source").asText()).isEqualTo("111122223333/eu-west-1/security-groups.json");
    assertThat(f.at("/explanation/kind").asText()).isEqualTo("facts");
    assertThat(doc.at("/summary/byStatus/FAIL").asInt()).isEqualTo(2);
    assertThat(doc.at("/summary/byResponsibility/policies-and-configuration/FAIL").asInt()).isEqualTo(2);
    assertThat(doc.at("/asOf").asText()).isEqualTo("2026-06-01T00:00:00Z");
    assertThat(doc.at("/timings/families").fieldNames()).toIterable().containsExactlyInAnyOrder("iam", "network", "data");
    assertThat(doc.at("/timings/checks/sg-default-restrict").isNumber()).isTrue();
  }

  @Test
  void passRowsOnlyWithAllButAlwaysCounted() throws Exception {
    JsonNode without = json("--check", "sg-default-restrict,sg-too-many-per-interface");
    assertThat(without.get("findings")).extracting(f -> f.get("status").asText()).containsOnly("FAIL");
    assertThat(without.at("/summary/byStatus/PASS").asInt()).isEqualTo(2);
    JsonNode with = json("--check", "sg-default-restrict,sg-too-many-per-interface", "--all");
    assertThat(with.get("findings")).hasSize(4);
    assertThat(finding(with, "sg-too-many-per-interface", "eni-tidy").get("status").asText()).isEqualTo("PASS");
  }

  @Test
  void junitCountsPassesAsTestCasesWithoutAll() {
    Cli.Run run = Cli.run("audit", snapshot().toString(), "--format", "junit", "--as-of", "2026-06-01",
        "--check", "sg-default-restrict,sg-too-many-per-interface");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("<testcase").contains("eni-tidy").contains("tests=\"4\"");
  }

  @Test
  void failOnSetsTheExitCode() {
    String snap = snapshot().toString();
    assertThat(Cli.run("audit", snap, "--fail-on", "medium").exitCode()).isEqualTo(1);
    assertThat(Cli.run("audit", snap, "--fail-on", "LOW").exitCode()).isEqualTo(1);
    assertThat(Cli.run("audit", snap, "--fail-on", "high").exitCode()).isZero();
    Cli.Run bad = Cli.run("audit", snap, "--fail-on", "severe");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--fail-on: expected critical, high, medium, low or info");
  }

  @Test
  void mutedFindingsAreCountedAndDoNotFailTheBuild() throws Exception {
    Path mutes = tmp.resolve("mutes.yaml");
    Files.writeString(mutes, """
        mutes:
          - check: sg-default-restrict
            resource: sg-0def*
            reason: legacy VPC, rebuilt in Q3
            expires: 2026-09-30
          - check: sg-too-many-per-interface
            resource: eni-crowded
            reason: appliance needs them
        """);
    JsonNode doc = json("--mutelist", mutes.toString());
    assertThat(doc.get("findings")).extracting(f -> f.get("status").asText()).doesNotContain("FAIL");
    assertThat(doc.at("/summary/muted").asInt()).isEqualTo(2);
    assertThat(doc.get("muted")).extracting(m -> m.at("/mute/reason").asText())
        .contains("legacy VPC, rebuilt in Q3", "appliance needs them");
    assertThat(Cli.run("audit", snapshot().toString(), "--mutelist", mutes.toString(), "--fail-on", "low",
        "--as-of", "2026-06-01").exitCode()).isZero();
    Cli.Run later = Cli.run("audit", snapshot().toString(), "--mutelist", mutes.toString(), "--as-of", "2026-10-01");
    assertThat(later.out()).contains("Expired mutes").contains("sg-0def1");
  }

  @Test
  void aBadMutelistIsInvalidInput() throws Exception {
    Path mutes = tmp.resolve("mutes.yaml");
    Files.writeString(mutes, "mutes:\n  - check: sg-default-restrict\n    resource: '*'\n");
    Cli.Run run = Cli.run("audit", snapshot().toString(), "--mutelist", mutes.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("mutes.yaml").contains("reason: required").doesNotContain("Exception");
    Cli.Run missing = Cli.run("audit", snapshot().toString(), "--mutelist", tmp.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("nope.yaml").contains("no such file");
  }

  @Test
  void unknownCheckAndBadDateAreUsageErrors() {
    Cli.Run check = Cli.run("audit", snapshot().toString(), "--check", "sg-default-restrict,nope");
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).contains("unknown check \"nope\"");
    Cli.Run date = Cli.run("audit", snapshot().toString(), "--as-of", "yesterday");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("--as-of");
  }

  @Test
  void aCorruptFileIsInvalidInputNamingIt() {
    Path snap = snapshot();
    new SnapshotDir(snap).file("111122223333/eu-west-1/broken.json", "{\"SecurityGroups\": [ {\"GroupId\": ");
    Cli.Run run = Cli.run("audit", snap.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("111122223333/eu-west-1/broken.json").contains("malformed JSON").doesNotContain("at dev.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void keepGoingAuditsTheRestAndSaysWhatWasNotEvaluated() throws Exception {
    Path snap = snapshot();
    new SnapshotDir(snap).file("111122223333/eu-west-1/broken.json", "{\"SecurityGroups\": [ {\"GroupId\": ");
    Cli.Run run = Cli.run("audit", snap.toString(), "--keep-going", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(finding(doc, "sg-default-restrict", "sg-0def1").get("status").asText()).isEqualTo("FAIL");
    assertThat(doc.at("/errors/0/file").asText()).isEqualTo("111122223333/eu-west-1/broken.json");
    assertThat(doc.at("/errors/0/consequence").asText()).contains("not evaluated");
    Cli.Run text = Cli.run("audit", snap.toString(), "--keep-going");
    assertThat(text.out()).contains("could not be read; what they hold was not evaluated").contains("broken.json");
  }

  @Test
  void aMissingSnapshotIsInvalidInput() {
    Cli.Run run = Cli.run("audit", tmp.resolve("absent").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("absent").contains("no such directory");
  }

  @Test
  void textGroupsByResponsibilityWorstFirstWithASummaryLine() {
    Cli.Run run = Cli.run("audit", snapshot().toString(), "--as-of", "2026-06-01");
    assertThat(run.exitCode()).isZero();
    String out = run.out();
    assertThat(out).contains("POLICIES AND CONFIGURATION  [policies-and-configuration, infrastructure model]  2 failed");
    assertThat(out.indexOf("POLICIES AND CONFIGURATION")).isLessThan(out.indexOf("CREDENTIALS"));
    assertThat(out.indexOf("MEDIUM    sg-default-restrict")).isLessThan(out.indexOf("LOW       sg-too-many-per-interface"));
    assertThat(out).contains("fix: aws ec2");
    assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("Summary: 2 failed (1 medium, 1 low)");
  }

  @Test
  void outputWritesTheReportToAFile() throws Exception {
    Path file = tmp.resolve("report.json");
    Cli.Run run = Cli.run("audit", snapshot().toString(), "--format", "json", "--output", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Json.MAPPER.readTree(file.toFile()).get("findings").size()).isPositive();
    Cli.Run unwritable = Cli.run("audit", snapshot().toString(), "--output", tmp.resolve("no/such/dir/r.txt").toString());
    assertThat(unwritable.exitCode()).isEqualTo(3);
    assertThat(unwritable.err()).contains("cannot write the report");
  }
}
