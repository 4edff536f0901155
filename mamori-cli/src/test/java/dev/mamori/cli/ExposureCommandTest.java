package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {
  @TempDir Path tmp;

  @Test
  void jsonListsMaximalRangesWithMinimalSources() throws Exception {
    Cli.Run run = Cli.run("exposure", NetSnapshot.write(tmp).toString(), "--from", "8.8.8.0/24,10.0.0.0/8",
        "--format", "json", "-q");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    JsonNode e = doc.at("/exposures/0");
    assertThat(doc.get("exposures")).hasSize(1);
    assertThat(e.get("eni").asText()).isEqualTo("eni-1");
    assertThat(e.get("instance").asText()).isEqualTo("i-1");
    assertThat(e.get("address").asText()).isEqualTo("54.0.0.10");
    assertThat(e.get("protocol").asText()).isEqualTo("tcp");
    assertThat(e.get("fromPort").asInt()).isEqualTo(22);
    assertThat(e.get("toPort").asInt()).isEqualTo(22);
    assertThat(e.get("sources")).extracting(JsonNode::asText).containsExactly("8.8.8.0/24");
    assertThat(doc.get("warnings")).singleElement().extracting(JsonNode::asText).asString().contains("10.0.0.0/8");
  }

  @Test
  void textGroupsByInterfaceAndSummarisesTheWholeInternet() {
    Cli.Run run = Cli.run("exposure", NetSnapshot.write(tmp).toString(), "-q");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("eni-1 (i-1) 54.0.0.10").containsPattern("tcp +22 +from anywhere on the IPv4 internet");
  }

  @Test
  void aBadRangeIsAUsageError() {
    Cli.Run run = Cli.run("exposure", NetSnapshot.write(tmp).toString(), "--from", "10.0.0.0/99", "-q");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
