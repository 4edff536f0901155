package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/export-snapshot.sh} against a fake {@code aws} on the PATH that records each call and
 * answers from canned outputs (test resources {@code fake-aws/}): the export is what Mamori reads.
 */
class ExportSnapshotScriptTest {
  @TempDir Path tmp;
  private Path script;
  private Path fakeBin;
  private Path log;

  /** Exit code and stderr of one run of the script. */
  private record Run(int exitCode, String err) {}

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash not available; skipping the export script test");
    script = Path.of(System.getProperty("mamori.root", "..")).resolve("scripts/export-snapshot.sh");
    assertThat(script).exists();
    fakeBin = Files.createDirectories(tmp.resolve("bin"));
    Files.copy(resource("fake-aws/aws"), fakeBin.resolve("aws"));
    fakeBin.resolve("aws").toFile().setExecutable(true);
    log = tmp.resolve("calls.log");
  }

  private Run export(String... args) throws IOException, InterruptedException, URISyntaxException {
    List<String> command = new ArrayList<>(List.of("bash", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = pb.environment();
    env.put("PATH", fakeBin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("FAKE_AWS_DIR", resource("fake-aws/small-account").toString());
    env.put("FAKE_AWS_LOG", log.toString());
    env.remove("AWS_REGION");
    env.remove("AWS_DEFAULT_REGION");
    Path err = tmp.resolve("stderr.txt");
    Process p = pb.redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("export finished in time").isTrue();
    return new Run(p.exitValue(), Files.readString(err));
  }

  @Test
  void exportLoadsWithoutErrors() throws Exception {
    Path out = tmp.resolve("snapshot");
    Run run = export("--region", "eu-west-1", "--out", out.toString(), "--account-dir");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("111122223333/eu-west-1/describe-vpcs.json")).exists();

    Cli.Run inventory = Cli.run("inventory", out.toString(), "--format", "json");
    assertThat(inventory.exitCode()).as(inventory.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(inventory.out());
    assertThat(doc.at("/account").asText()).isEqualTo("111122223333");
    assertThat(doc.at("/errors")).isEmpty();
    JsonNode counts = doc.get("counts");
    assertThat(counts.get("vpcs").asInt()).isEqualTo(1);
    assertThat(counts.get("networkInterfaces").asInt()).isEqualTo(1);
    assertThat(counts.get("instances").asInt()).isEqualTo(1);
    assertThat(counts.get("volumes").asInt()).isEqualTo(1);
    assertThat(counts.get("ebsSnapshots").asInt()).isEqualTo(1);
    assertThat(counts.get("kmsKeys").asInt()).isEqualTo(1);
    assertThat(counts.get("iamUsers").asInt()).isEqualTo(1);
    assertThat(counts.get("iamGroups").asInt()).isEqualTo(1);
    assertThat(counts.get("buckets").asInt()).isEqualTo(2);
    assertThat(counts.get("prefixLists").asInt()).isEqualTo(2);
    assertThat(counts.get("organizationPolicies").asInt()).isEqualTo(2);
    // The only warning: AWS refused one bucket's encryption (AccessDenied), so it is not collected.
    assertThat(doc.get("warnings")).singleElement().satisfies(w -> assertThat(w.get("message").asText())
        .isEqualTo("AWS answered AccessDenied when get-bucket-encryption of bucket acme-public was read; "
            + "treated as not collected"));
  }

  @Test
  void exportMakesOnlyReadOnlyCalls() throws Exception {
    Run run = export("--region", "eu-west-1", "--out", tmp.resolve("snapshot").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).allSatisfy(c -> assertThat(c.split(" ")[1])
        .matches("(describe|get|list)-.*|generate-credential-report"));
    assertThat(calls).contains(
        "ec2 describe-snapshot-attribute --snapshot-id snap-1 --attribute createVolumePermission --region eu-west-1 --output json",
        "ec2 get-managed-prefix-list-entries --prefix-list-id pl-office --region eu-west-1 --output json",
        "kms get-key-policy --key-id k-1 --policy-name default --region eu-west-1 --output json",
        "s3api get-bucket-policy --bucket acme-public --region eu-west-1 --output json",
        "s3control get-public-access-block --account-id 111122223333 --region eu-west-1 --output json",
        "organizations list-parents --child-id ou-ab12-prod --region eu-west-1 --output json",
        "organizations describe-policy --policy-id p-denyleave --region eu-west-1 --output json");
  }

  @Test
  void errorsAreSavedSoThatAbsenceIsConfirmed() throws Exception {
    Path out = tmp.resolve("snapshot");
    export("--region", "eu-west-1", "--out", out.toString());
    assertThat(Files.readString(out.resolve("global/s3/acme-logs/get-bucket-policy.json")))
        .startsWith("{\"Error\": {\"Code\": \"NoSuchBucketPolicy\"");
    assertThat(Files.readString(out.resolve("global/iam/get-account-password-policy.json")))
        .startsWith("{\"Error\": {\"Code\": \"NoSuchEntity\"");
  }

  @Test
  void regionsMayBeRepeatedOrListedAndProfileIsPassedOn() throws Exception {
    Run run = export("--region", "eu-west-1,us-east-1", "--region", "ap-south-1", "--profile", "audit",
        "--out", tmp.resolve("snapshot").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> vpcCalls = Files.readAllLines(log).stream().filter(c -> c.startsWith("ec2 describe-vpcs")).toList();
    assertThat(vpcCalls).containsExactly(
        "ec2 describe-vpcs --region eu-west-1 --output json --profile audit",
        "ec2 describe-vpcs --region us-east-1 --output json --profile audit",
        "ec2 describe-vpcs --region ap-south-1 --output json --profile audit");
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    assertThat(export("--region", "eu-west-1").exitCode()).isEqualTo(2);
    assertThat(export("--out", tmp.toString(), "--bogus").exitCode()).isEqualTo(2);
    assertThat(export("--out", tmp.toString()).err()).contains("no region given and none configured");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Paths.get(ExportSnapshotScriptTest.class.getClassLoader().getResource(name).toURI());
  }
}
