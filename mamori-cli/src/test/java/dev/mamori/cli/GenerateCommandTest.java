package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path tmp;

  @Test
  void writesASnapshotThatInventoryReadsBack() throws Exception {
    Cli.Run gen = Cli.run("generate", tmp.toString(), "--interfaces", "250", "--seed", "9", "--format", "json");
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    JsonNode generated = Json.MAPPER.readTree(gen.out());
    assertThat(generated.at("/counts/networkInterfaces").asInt()).isEqualTo(250);

    Cli.Run inv = Cli.run("inventory", tmp.toString(), "--format", "json");
    assertThat(inv.exitCode()).as(inv.err()).isZero();
    JsonNode inventory = Json.MAPPER.readTree(inv.out());
    assertThat(inventory.at("/account").asText()).isEqualTo(generated.at("/account").asText());
    generated.get("counts").fieldNames().forEachRemaining(key ->
        assertThat(inventory.at("/counts/" + key).asInt()).as(key).isEqualTo(generated.at("/counts/" + key).asInt()));
    assertThat(inventory.get("warnings")).isEmpty();
  }

  @Test
  void textSummaryNamesTheAccount() {
    Cli.Run gen = Cli.run("generate", tmp.toString(), "--interfaces", "20");
    assertThat(gen.exitCode()).isZero();
    assertThat(gen.out()).contains("Wrote a synthetic snapshot of account").contains("networkInterfaces");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Cli.run("generate", tmp.toString()).exitCode()).isEqualTo(2);
    assertThat(Cli.run("generate", tmp.toString(), "--interfaces", "0").exitCode()).isEqualTo(2);
    assertThat(Cli.run("generate", tmp.toString(), "--interfaces", "many").exitCode()).isEqualTo(2);
  }

  @Test
  void unwritableOutputExitsWithThree() throws Exception {
    Path file = tmp.resolve("a-file");
    java.nio.file.Files.writeString(file, "x");
    Cli.Run gen = Cli.run("generate", file.resolve("sub").toString(), "--interfaces", "5");
    assertThat(gen.exitCode()).isEqualTo(3);
    assertThat(gen.err()).contains("cannot write").doesNotContain("at dev.");
  }
}
