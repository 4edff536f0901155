package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCommandTest {
  @TempDir Path tmp;

  @Test
  void jsonCountsFollowTheContract() throws Exception {
    new SnapshotDir(tmp).file("111122223333/us-east-1/vpcs.json",
        "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}, {\"VpcId\": \"vpc-2\", \"CidrBlock\": \"10.1.0.0/16\"}]}");
    Cli.Run run = Cli.run("inventory", tmp.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.at("/counts/vpcs").asInt()).isEqualTo(2);
    assertThat(doc.at("/account").asText()).isEqualTo("111122223333");
    for (String key : new String[] {"vpcs", "subnets", "securityGroups", "networkAcls", "networkInterfaces", "instances",
        "iamUsers", "iamRoles", "iamGroups", "buckets", "volumes", "kmsKeys", "dbInstances"}) {
      assertThat(doc.get("counts").has(key)).as(key).isTrue();
    }
    assertThat(doc.get("warnings").isArray()).isTrue();
  }

  @Test
  void invalidInputExitsWithThreeAndNoStackTrace() {
    new SnapshotDir(tmp).file("us-east-1/vpcs.json", "{\"Vpcs\": [ {\"VpcId\": ");
    Cli.Run run = Cli.run("inventory", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("us-east-1/vpcs.json").contains("malformed JSON").doesNotContain("at com.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingDirectoryExitsWithThree() {
    Cli.Run run = Cli.run("inventory", tmp.resolve("nope").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("no such directory");
  }

  @Test
  void usageErrorExitsWithTwo() {
    assertThat(Cli.run("inventory").exitCode()).isEqualTo(2);
    assertThat(Cli.run("no-such-command").exitCode()).isEqualTo(2);
  }

  @Test
  void keepGoingReportsErrorsAndStillCounts() throws Exception {
    new SnapshotDir(tmp)
        .file("us-east-1/vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}]}")
        .file("us-east-1/bad.json", "[1,2]");
    Cli.Run run = Cli.run("inventory", tmp.toString(), "--keep-going", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.at("/counts/vpcs").asInt()).isEqualTo(1);
    assertThat(doc.at("/errors/0/file").asText()).isEqualTo("us-east-1/bad.json");
  }
}
