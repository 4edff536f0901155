package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.model.VpcPeeringConnection;
import dev.mamori.testing.ArrangedSnapshot;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.Loads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every snapshot of the network corpus (Batfish's, both layouts) and every AWS CLI shaped
 * single-resource fixture loads without error and without unknown-field warnings; a few values
 * are checked against the files.
 */
class NetworkCorpusTest {
  /** Batfish fixtures that are fragments of an output (one route, one listener action), not an output. */
  private static final Set<String> FRAGMENTS = Set.of("DefaultAction.json", "RoutePrefixListId.json");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everySnapshotLoads() throws IOException {
    Path network = Corpus.require("network");
    try (Stream<Path> walk = Files.walk(network)) {
      List<Path> snapshots = walk.filter(p -> p.getFileName().toString().equals("aws_configs"))
          .map(Path::getParent).sorted().toList();
      assertThat(snapshots).hasSizeGreaterThanOrEqualTo(22);
      return snapshots.stream().map(s -> DynamicTest.dynamicTest(network.relativize(s).toString(), () -> {
        CloudModel m = Loads.cleanly(s);
        assertThat(m.vpcs().size() + m.warnings().size()).isPositive();
      }));
    }
  }

  @TestFactory
  Stream<DynamicTest> everySingleResourceFixtureLoads() throws IOException {
    Path fixtures = Corpus.require("network/batfish-aws-tests");
    try (Stream<Path> list = Files.list(fixtures)) {
      return list.filter(p -> p.toString().endsWith(".json") && !FRAGMENTS.contains(p.getFileName().toString()))
          .sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> loadAlone(f)));
    }
  }

  private CloudModel loadAlone(Path fixture) {
    try (ArrangedSnapshot s = new ArrangedSnapshot(tmp.resolve(fixture.getFileName().toString()))) {
      s.link("us-west-2/" + fixture.getFileName(), fixture);
      return Loads.cleanly(s.root());
    }
  }

  @Test
  void hybridCloudExampleHasItsDatabaseAndServicePrefixLists() {
    CloudModel m = Loads.cleanly(Corpus.require("network/batfish-hybrid-cloud-aws"));
    assertThat(m.vpcs()).hasSize(4);
    assertThat(m.subnets()).hasSize(10);
    assertThat(m.securityGroups()).hasSize(11);
    assertThat(m.instances()).hasSize(4);
    var db = m.dbInstance("test-rds").orElseThrow();
    assertThat(db.vpcId()).contains("vpc-b390fad5");
    assertThat(db.subnetIds()).containsExactly("subnet-1641fa70", "subnet-8d0cbdeb", "subnet-073b8061");
    assertThat(db.vpcSecurityGroupIds()).containsExactly("sg-55510831");
    assertThat(db.publiclyAccessible()).isTrue();
    assertThat(db.storageEncrypted()).isFalse();
    assertThat(db.endpointPort()).contains(3306);
    assertThat(db.region()).isEqualTo("us-west-2");
    assertThat(m.prefixList("pl-68a54001").orElseThrow().entries().asOptional().orElseThrow())
        .extracting(Object::toString).containsExactly("54.231.160.0/19", "52.218.128.0/17", "52.92.32.0/22");
  }

  @Test
  void pybatfishExampleKeepsTheOpenMysqlRule() {
    CloudModel m = Loads.cleanly(Corpus.require("network/pybatfish-hybrid-cloud"));
    assertThat(m.vpcs()).hasSize(4);
    assertThat(m.regions()).contains("us-east-2", "us-west-2");
    SecurityGroupRule rule = m.securityGroup("sg-0e37fc2ef01c89369").orElseThrow().ingress().stream()
        .filter(r -> r.ports().map(p -> p.from() == 3306).orElse(false)).findFirst().orElseThrow();
    assertThat(rule.peers()).singleElement().extracting(Object::toString).asString().contains("0.0.0.0/0");
  }

  @Test
  void peeringSeenFromBothAccountsIsOneConnection() {
    CloudModel m = Loads.cleanly(Corpus.require("network/batfish-aws-tests/test-vpc-peering-multi-account"));
    assertThat(m.peeringConnections()).extracting(VpcPeeringConnection::id)
        .containsExactlyInAnyOrder("pcx-0040f7640e10191f4", "pcx-00eeab4f3bd2a40da", "pcx-07d8d712b329b9337");
  }

  @Test
  void nonActivePeeringsAreKeptWithTheirStatus() {
    CloudModel m = loadAlone(Corpus.require("network/batfish-aws-tests/VpcPeeringConnectionsTestIgnoreNonActive.json"));
    assertThat(m.peeringConnections()).extracting(VpcPeeringConnection::status)
        .containsExactly("active", "deleted", "failed");
    var active = m.peeringConnection("pcx-f754069e").orElseThrow();
    assertThat(active.isActive()).isTrue();
    assertThat(active.requester().cidrBlocks()).extracting(Object::toString).containsExactly("10.130.0.0/16");
    assertThat(m.peeringConnection("pcx-0ff752226f8e366f2").orElseThrow().accepter().region()).isEqualTo("eu-north-1");
  }

  @Test
  void batfishOpenEndedPortRangesAreReadAsBatfishDoesWithAWarning() {
    CloudModel m = loadAlone(Corpus.require("network/batfish-aws-tests/SecurityGroupTest.json"));
    assertThat(m.warnings()).extracting(Object::toString)
        .anyMatch(w -> w.contains("FromPort: -1 at one end of a port range; read as an open end (0)"));
  }
}
