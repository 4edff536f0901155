package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ResponsibilityCommandTest {

  @Test
  void oneServiceFollowsTheContract() throws Exception {
    Cli.Run run = Cli.run("responsibility", "ec2", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.get("service").asText()).isEqualTo("ec2");
    assertThat(doc.get("model").asText()).isEqualTo("infrastructure");
    assertThat(doc.get("aws").isArray()).isTrue();
    assertThat(doc.get("customer")).extracting(JsonNode::asText).contains("credentials", "policies-and-configuration");
  }

  @Test
  void containerServiceListsItsItems() throws Exception {
    JsonNode doc = Json.MAPPER.readTree(Cli.run("responsibility", "RDS", "--format", "json").out());
    assertThat(doc.get("model").asText()).isEqualTo("container");
    assertThat(doc.get("customer")).extracting(JsonNode::asText)
        .containsExactly("stored-data", "firewall-rules", "data-encryption");
  }

  @Test
  void withoutServiceAllThreeModels() throws Exception {
    Cli.Run run = Cli.run("responsibility", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.get("models")).extracting(m -> m.get("model").asText())
        .containsExactly("infrastructure", "container", "abstracted");
    assertThat(doc.at("/models/2/services")).extracting(JsonNode::asText).contains("s3", "dynamodb");
    assertThat(doc.get("sources").size()).isPositive();
  }

  @Test
  void textIsForPeople() {
    Cli.Run run = Cli.run("responsibility", "s3");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Amazon S3 (s3): abstracted service model").contains("access-permissions");
    assertThat(Cli.run("responsibility").out()).contains("INFRASTRUCTURE services").contains("CONTAINER services")
        .contains("ABSTRACTED services");
  }

  @Test
  void unknownServiceIsAUsageError() {
    Cli.Run run = Cli.run("responsibility", "nosuch");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown service \"nosuch\"").contains("ec2");
  }
}
