package dev.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutelistReaderTest {
  @TempDir Path tmp;
  private final MutelistReader reader = new MutelistReader(CheckCatalog.bundled());

  private Path write(String name, String content) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void readsYaml() throws Exception {
    Mutelist m = reader.read(write("mutes.yaml", """
        mutes:
          - check: s3-versioning
            resource: "logs-*"
            reason: write-once log buckets
            expires: 2026-12-31
          - check: "*"
            resource: vol-scratch
            reason: scratch disk
        """));
    assertThat(m.rules()).hasSize(2);
    assertThat(m.rules().get(0).expires()).contains(LocalDate.parse("2026-12-31"));
    assertThat(m.rules().get(1).expires()).isEmpty();
  }

  @Test
  void readsJson() throws Exception {
    Mutelist m = reader.read(write("mutes.json",
        "{\"mutes\":[{\"check\":\"root-mfa\",\"resource\":\"*\",\"reason\":\"break-glass account\"}]}"));
    assertThat(m.rules()).singleElement().extracting(MuteRule::check).isEqualTo("root-mfa");
  }

  @Test
  void theBundledExampleIsValid() {
    Path example = Path.of(System.getProperty("mamori.root", "..")).resolve("examples/mutelist.yaml");
    assertThat(reader.read(example).rules()).hasSize(2);
  }

  @Test
  void refusesWhatItCannotUse() throws Exception {
    assertThatThrownBy(() -> reader.read(write("a.yaml", "mutes:\n  - check: s3-versioning\n    resource: x\n")))
        .isInstanceOf(InvalidMutelistException.class).hasMessageContaining("a.yaml").hasMessageContaining("mutes[0].reason: required");
    assertThatThrownBy(() -> reader.read(write("b.yaml", "mutes:\n  - check: no-such\n    resource: x\n    reason: y\n")))
        .hasMessageContaining("unknown check \"no-such\"");
    assertThatThrownBy(() -> reader.read(write("c.yaml", "mutes:\n  - check: root-mfa\n    resource: x\n    reason: y\n    expires: soon\n")))
        .hasMessageContaining("expires: expected a date");
    assertThatThrownBy(() -> reader.read(write("d.yaml", "mutes:\n  - check: root-mfa\n    resource: x\n    reason: y\n    until: 2026-01-01\n")))
        .hasMessageContaining("mutes[0].until: unknown field");
    assertThatThrownBy(() -> reader.read(write("e.json", "{\"mutes\": [")))
        .hasMessageContaining("e.json").hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> reader.read(write("f.yaml", "- just a list\n"))).hasMessageContaining("top-level \"mutes\"");
    assertThatThrownBy(() -> reader.read(tmp.resolve("missing.yaml"))).hasMessageContaining("no such file");
  }
}
