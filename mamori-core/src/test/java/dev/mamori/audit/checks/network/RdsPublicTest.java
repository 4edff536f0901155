package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.DbInstance;
import dev.mamori.model.IpProtocol;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PubliclyAccessible decides PASS or FAIL (CIS 2.2.3); the network engine's exposure decides how
 * bad a FAIL is and says why.
 */
class RdsPublicTest {
  private final RdsPublic check = new RdsPublic();

  private static DbInstance db(String id, boolean publiclyAccessible) {
    return new DbInstance(id, "arn:aws:rds:" + NetworkFixture.REGION + ":" + NetworkFixture.ACCOUNT + ":db:" + id,
        NetworkFixture.ACCOUNT, NetworkFixture.REGION, "db.t3.medium", "postgres", "16.3", "available", true, Optional.empty(),
        publiclyAccessible, List.of("sg-db"), Optional.of("vpc-1"), List.of("subnet-1"),
        Optional.of(id + ".abc.rds.amazonaws.com"), Optional.of(5432), Optional.empty(), 7, false, Map.of());
  }

  /** A database group open to the internet on 5432, or only to the VPC. */
  private static NetworkFixture network(String allowedFrom) {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-db", "db", "vpc-1").ingress(IpProtocol.TCP, "5432", allowedFrom);
    return f;
  }

  @Test
  void publiclyAccessibleAndReachableFailsAsCritical() {
    NetworkFixture f = network("0.0.0.0/0");
    f.rdsInterface("eni-db", "subnet-1", List.of("sg-db"), "10.0.1.20=54.0.0.20");
    CheckResult r = resultFor(check, f.builder().add(db("exposed", true)).build(), "exposed");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severityOverride()).contains(Severity.CRITICAL);
    assertThat(r.message()).endsWith("and the internet can open connections to tcp 5432 on 54.0.0.20 (eni-db) from the whole"
        + " IPv4 internet");
    assertThat(((Explanation.NetworkTrace) r.explanation()).flows().get(0).flow()).contains("(ALLOWED");
  }

  @Test
  void publiclyAccessibleButBlockedFailsAsMediumNamingWhatBlocksIt() {
    NetworkFixture f = network("10.0.0.0/16");
    f.rdsInterface("eni-db", "subnet-1", List.of("sg-db"), "10.0.1.20=54.0.0.20");
    CheckResult r = resultFor(check, f.builder().add(db("flagged", true)).build(), "flagged");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severityOverride()).contains(Severity.MEDIUM);
    assertThat(r.message()).contains("but the internet cannot reach tcp 5432 today: security-group sg-db stops it");
  }

  @Test
  void publiclyAccessibleWithItsInterfaceMissingFailsAtTheCatalogSeverity() {
    CloudModel m = network("0.0.0.0/0").builder().add(db("unknown", true)).build();
    CheckResult r = resultFor(check, m, "unknown");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.severityOverride()).isEmpty();
    assertThat(r.message()).endsWith("whether the internet can reach it is unknown: its network interface is not in the snapshot");
  }

  @Test
  void notPubliclyAccessiblePasses() {
    NetworkFixture f = network("0.0.0.0/0");
    f.rdsInterface("eni-db", "subnet-1", List.of("sg-db"), "10.0.1.20");
    assertThat(resultFor(check, f.builder().add(db("private", false)).build(), "private").status()).isEqualTo(Status.PASS);
  }
}
