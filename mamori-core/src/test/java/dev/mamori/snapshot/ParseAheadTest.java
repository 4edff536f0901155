package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.generate.GeneratorSpec;
import dev.mamori.generate.SnapshotGenerator;
import dev.mamori.testing.ModelText;
import dev.mamori.testing.SnapshotDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing ahead on a second thread must not change what a load gives: the same model (resources in
 * the same order, the same sources), the same warnings and the same errors, in the same order, as
 * parsing on the reading thread — on a generated snapshot spoilt in the ways input goes wrong.
 */
class ParseAheadTest {
  @TempDir static Path snapshot;
  private static String account;

  @BeforeAll
  static void generateAndSpoil() throws IOException {
    account = SnapshotGenerator.generate(snapshot, new GeneratorSpec(1500, 42)).accountId();
    Path region = snapshot.resolve(account).resolve("eu-west-1");
    String interfaces = Files.readString(region.resolve("describe-network-interfaces.json"));
    String subnets = Files.readString(region.resolve("describe-subnets.json"));
    String instances = Files.readString(region.resolve("describe-instances.json"));
    new SnapshotDir(region)
        // Cut in the middle: the elements before the cut are read, then a syntax error.
        .file("describe-network-interfaces.json", interfaces.substring(0, interfaces.length() / 2))
        // Bad elements, and unknown fields at several depths.
        .file("describe-subnets.json", subnets.replace("\"VpcId\": \"vpc-", "\"VpcId\": 5, \"VpcIdd\": \"vpc-"))
        .file("describe-instances.json", instances
            .replace("\"Placement\": {", "\"Placement\": {\"Typo\": [{\"x\": 1}], ")
            .replace("\"EbsOptimized\":", "\"EbsOptimised\": 1, \"EbsOptimized\":")
            .replace("\"DeviceIndex\":", "\"DeviceIndx\": 0, \"DeviceIndex\":"))
        .file("empty.json", "")
        .file("array.json", "[1, 2]")
        .file("elements.json", "{\"Vpcs\": [null, 1.5, \"vpc\", {\"VpcId\": \"vpc-x\", \"CidrBlock\": \"10.0.0.0/33\"}],"
            + " \"Unknown\": {\"a\": 1}, \"NextToken\": \"t\"}")
        .file("notes.yaml", "a: 1")
        .file("many-errors.json", "{\"Vpcs\": [" + String.join(", ", java.util.Collections.nCopies(25, "{\"VpcId\": 1}")) + "]}");
    new SnapshotDir(snapshot.resolve(account).resolve("global"))
        .file("s3control/get-public-access-block.json", "{\"PublicAccessBlockConfiguration\": {\"BlockPublicAcls\": ")
        .file("iam/get-account-password-policy.json", "null");
  }

  @Test
  void givesTheSameModelWarningsAndErrorsAsReadingOnOneThread() {
    SnapshotReader.Result sequential = load(false, new ArrayList<>());
    assertThat(sequential.errors()).hasSizeGreaterThan(30)
        .anySatisfy(e -> assertThat(e.message()).startsWith("more errors in this file"));
    assertThat(sequential.model().warnings()).hasSizeGreaterThan(3);
    assertThat(sequential.model().networkInterfaces()).hasSizeGreaterThan(1000);
    for (int run = 0; run < 3; run++) {
      SnapshotReader.Result ahead = load(true, new ArrayList<>());
      assertThat(ModelText.of(ahead.model())).isEqualTo(ModelText.of(sequential.model()));
      assertThat(ahead.errors()).isEqualTo(sequential.errors());
    }
  }

  @Test
  void reportsProgressFileByFileInTheSameOrder() {
    List<String> sequential = new ArrayList<>();
    List<String> ahead = new ArrayList<>();
    load(false, sequential);
    load(true, ahead);
    assertThat(ahead).isEqualTo(sequential).hasSizeGreaterThan(100);
  }

  @Test
  void stopsTheParsingThreadWhenReadingStops() {
    SnapshotReader.ProgressListener failing = (done, total, file) -> {
      if (done == 50) {
        throw new IllegalStateException("stop here");
      }
    };
    assertThatThrownBy(() -> new SnapshotReader(new SnapshotReader.Options(true, failing)).load(snapshot))
        .hasMessage("stop here");
    assertThat(parsingThreads()).isEmpty();
  }

  private static SnapshotReader.Result load(boolean parseAhead, List<String> progress) {
    SnapshotReader.Options options = new SnapshotReader.Options(true, (done, total, file) -> progress.add(done + "/" + total + " " + file));
    return new SnapshotReader(parseAhead ? options : options.sequential()).load(snapshot);
  }

  private static List<Thread> parsingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("mamori-parse-ahead"))
        .flatMap(t -> t.isAlive() ? Stream.of(t) : Stream.empty())
        .toList();
  }
}
