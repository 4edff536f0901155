package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled examples load cleanly and hold what examples/acme/README.md says they hold: if a file
 * is edited, the README's counts and this test change together.
 */
class AcmeExampleTest {
  /** The counts documented in examples/acme/README.md. */
  private static final Map<String, Integer> ACME_COUNTS = Map.ofEntries(
      Map.entry("vpcs", 3), Map.entry("subnets", 9), Map.entry("securityGroups", 16), Map.entry("networkAcls", 6),
      Map.entry("networkInterfaces", 14), Map.entry("instances", 11), Map.entry("iamUsers", 6),
      Map.entry("iamRoles", 9), Map.entry("iamGroups", 3), Map.entry("buckets", 8), Map.entry("volumes", 15),
      Map.entry("kmsKeys", 7), Map.entry("dbInstances", 2), Map.entry("routeTables", 7),
      Map.entry("internetGateways", 2), Map.entry("egressOnlyInternetGateways", 1), Map.entry("natGateways", 1),
      Map.entry("prefixLists", 2), Map.entry("vpcPeeringConnections", 1), Map.entry("ebsSnapshots", 3),
      Map.entry("iamManagedPolicies", 9), Map.entry("organizationPolicies", 5));

  private static Path examples() {
    return Path.of(System.getProperty("mamori.root", "..")).resolve("examples");
  }

  @Test
  void acmeInventoryHasTheDocumentedCountsAndNoWarnings() throws Exception {
    Cli.Run run = Cli.run("inventory", examples().resolve("acme").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    ACME_COUNTS.forEach((key, count) -> assertThat(doc.at("/counts/" + key).asInt()).as(key).isEqualTo(count));
    assertThat(doc.at("/account").asText()).isEqualTo("491826357104");
    assertThat(doc.get("regions")).extracting(JsonNode::asText).containsExactlyInAnyOrder("eu-west-1", "us-east-1");
    assertThat(doc.get("warnings")).isEmpty();
    assertThat(doc.get("errors")).isEmpty();
  }

  @Test
  void acmeManagementAccountLoadsCleanly() throws Exception {
    Cli.Run run = Cli.run("inventory", examples().resolve("acme-management").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.at("/account").asText()).isEqualTo("730215948361");
    assertThat(doc.at("/counts/iamUsers").asInt()).isEqualTo(1);
    assertThat(doc.get("warnings")).isEmpty();
  }

  @Test
  void everyExampleFileIsPrettyPrintedLikeTheCli() throws Exception {
    try (var files = Files.walk(examples())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String text = Files.readString(p);
        assertThat(text).as(p.toString()).endsWith("\n");
        Json.MAPPER.readTree(text);
      }
    }
  }
}
