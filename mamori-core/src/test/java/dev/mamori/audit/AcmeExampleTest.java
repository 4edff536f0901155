package dev.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mamori.model.CloudModel;
import dev.mamori.model.CredentialReport;
import dev.mamori.snapshot.SnapshotReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * examples/acme is built so that every check of the catalog fails on a resource made to fail it and
 * passes on one made to pass it (DESIGN.md; the table in examples/acme/README.md names them). The
 * checks that exist once per account (root user, password policy) pass on examples/acme-management.
 * The scan time is when each example was taken: the credential report's generation time when it
 * says, else just after the newest event the data records (a snapshot cannot be older than that),
 * so that date-based checks judge the example as it was, whatever today's date. A resource written
 * {@code id@region} is the one of that region (account-wide settings are per region).
 */
class AcmeExampleTest {
  private static final String ACME = "491826357104";
  private static final String MGMT = "730215948361";
  private static final String ACME_ROOT = "arn:aws:iam::" + ACME + ":root";
  private static final String MGMT_ROOT = "arn:aws:iam::" + MGMT + ":root";

  /** What a check must say on the examples: FAIL on some resources, PASS on others (in acme or in mgmt). */
  private record Expected(List<String> fails, List<String> passes, List<String> passesInManagement) {
    static Expected failsOn(String... resources) {
      return new Expected(List.of(resources), List.of(), List.of());
    }

    Expected passesOn(String... resources) {
      return new Expected(fails, List.of(resources), passesInManagement);
    }

    Expected passesInManagementOn(String... resources) {
      return new Expected(fails, passes, List.of(resources));
    }
  }

  private static String user(String path) {
    return "arn:aws:iam::" + ACME + ":user/" + path;
  }

  private static String key(String region, String id) {
    return "arn:aws:kms:" + region + ":" + ACME + ":key/" + id;
  }

  /** The README's check coverage table, by resource ID. */
  private static final Map<String, Expected> COVERAGE = Map.ofEntries(
      Map.entry("root-access-keys", Expected.failsOn(ACME_ROOT).passesInManagementOn(MGMT_ROOT)),
      Map.entry("root-mfa", Expected.failsOn(ACME_ROOT).passesInManagementOn(MGMT_ROOT)),
      Map.entry("root-hardware-mfa", Expected.failsOn(ACME_ROOT).passesInManagementOn(MGMT_ROOT)),
      Map.entry("root-recent-use", Expected.failsOn(ACME_ROOT).passesInManagementOn(MGMT_ROOT)),
      Map.entry("iam-password-policy", Expected.failsOn(ACME).passesInManagementOn(MGMT)),
      Map.entry("iam-user-mfa", Expected.failsOn(user("bob.smith")).passesOn(user("alice.tanaka"))),
      Map.entry("iam-unused-credentials", Expected.failsOn(user("carol.garcia"), user("service/legacy-backup"))
          .passesOn(user("alice.tanaka"), user("service/ci-deploy"))),
      Map.entry("iam-multiple-active-keys", Expected.failsOn(user("bob.smith")).passesOn(user("alice.tanaka"))),
      Map.entry("iam-key-rotation", Expected.failsOn(user("bob.smith"), user("service/legacy-backup"))
          .passesOn(user("alice.tanaka"), user("service/ci-deploy"))),
      Map.entry("iam-user-direct-policies", Expected.failsOn(user("dave.muller"), user("service/ci-deploy"),
          user("service/legacy-backup")).passesOn(user("alice.tanaka"), user("bob.smith"), user("carol.garcia"))),
      Map.entry("iam-full-admin-policy", Expected.failsOn("arn:aws:iam::" + ACME + ":policy/AcmeAdmin",
          "arn:aws:iam::aws:policy/AdministratorAccess").passesOn("arn:aws:iam::" + ACME + ":policy/AcmeDeveloperAccess",
          "arn:aws:iam::" + ACME + ":policy/AcmeDeveloperBoundary")),
      Map.entry("s3-policy-lockout", Expected.failsOn("acme-legacy-exports").passesOn("acme-prod-orders-eu-west-1")),
      // bastion-sg, legacy-rdp-sg | web-sg, ftp-sg
      Map.entry("sg-admin-ports-open-ipv4", Expected.failsOn("sg-0a1b3c5d7e9f2a468", "sg-0f9a1b3c5d7e8f240")
          .passesOn("sg-0c3d5e7f9a1b2c684", "sg-0ae2f4a6b8c9d1b40")),
      // vpn-sg | web-sg
      Map.entry("sg-admin-ports-open-ipv6", Expected.failsOn("sg-01b3c5d7e9f2a0462").passesOn("sg-0c3d5e7f9a1b2c684")),
      // acme-prod default | acme-shared-services and acme-dr defaults
      Map.entry("sg-default-restrict", Expected.failsOn("sg-0e9c7a5b3d1f2e864")
          .passesOn("sg-07b9c1d3e5f6a8684", "sg-09d1e3f5a7b8c0a28")),
      // ci-runner | bastion-1
      Map.entry("sg-too-many-per-interface", Expected.failsOn("eni-02d4e6f8a0c9b1352").passesOn("eni-0a5c7e9b1d3f2a684")),
      // acme-prod-public-nacl and the default ACLs | acme-prod-db-nacl, shared-tools-nacl
      Map.entry("nacl-admin-ports-open", Expected.failsOn("acl-0e4a6c8b2d1f3a795", "acl-0c2e4a6b8d1f3e579",
          "acl-0d3f5b7a9c1e2d468", "acl-0e8a0c2b4d6f5e913").passesOn("acl-0a6c8e2b4d1f3c597", "acl-0b1d3f5a7c9e2b468")),
      // acme-prod-public-nacl rule 140 | acme-prod-db-nacl
      Map.entry("nacl-shadowed-rule", Expected.failsOn("acl-0e4a6c8b2d1f3a795").passesOn("acl-0a6c8e2b4d1f3c597")),
      // shared-tools-nacl | acme-prod-db-nacl
      Map.entry("nacl-return-traffic-blocked", Expected.failsOn("acl-0b1d3f5a7c9e2b468").passesOn("acl-0a6c8e2b4d1f3c597")),
      // bastion-1 | ops-win-legacy (3389 open to the world in its group, but no public address)
      Map.entry("exposed-admin-port", Expected.failsOn("eni-0a5c7e9b1d3f2a684").passesOn("eni-01c3d5e7f9b8a0241")),
      Map.entry("s3-public-access-block", Expected.failsOn("acme-public-assets", "acme-legacy-exports")
          .passesOn("acme-prod-orders-eu-west-1")),
      Map.entry("s3-public-bucket", Expected.failsOn("acme-public-assets")
          .passesOn("acme-prod-orders-eu-west-1", "acme-marketing-campaigns")),
      Map.entry("s3-secure-transport", Expected.failsOn("acme-prod-logs", "acme-public-assets")
          .passesOn("acme-prod-orders-eu-west-1", "acme-prod-backups")),
      Map.entry("s3-mfa-delete", Expected.failsOn("acme-prod-orders-eu-west-1").passesOn("acme-prod-backups")),
      Map.entry("s3-versioning", Expected.failsOn("acme-prod-logs", "acme-public-assets").passesOn("acme-prod-orders-eu-west-1")),
      Map.entry("s3-replication", Expected.failsOn("acme-prod-logs").passesOn("acme-prod-orders-eu-west-1")),
      Map.entry("s3-default-encryption", Expected.failsOn("acme-legacy-exports").passesOn("acme-prod-orders-eu-west-1")),
      Map.entry("ebs-default-encryption", Expected.failsOn(ACME + "@us-east-1").passesOn(ACME + "@eu-west-1")),
      Map.entry("ebs-volume-unencrypted", Expected.failsOn("vol-08b5c7d9e1f4a6802", "vol-09c6d8e0f2a5b7913",
          "vol-07a4b6c8d0e3f5791").passesOn("vol-0d5e7f9a1b4c6d802")),
      Map.entry("ebs-snapshot-unencrypted", Expected.failsOn("snap-0c9e1a3b5d7f4c680").passesOn("snap-0a7c9e1b3d5f2a468")),
      Map.entry("ebs-snapshot-public", Expected.failsOn("snap-0c9e1a3b5d7f4c680")
          .passesOn("snap-0a7c9e1b3d5f2a468", "snap-0b8d0f2a4c6e3b579")),
      Map.entry("ebs-no-recent-snapshot", Expected.failsOn("vol-09c6d8e0f2a5b7913")
          .passesOn("vol-0e6f8a0b2c5d7e913", "vol-01a8b0c2d4e7f9135")),
      Map.entry("kms-rotation", Expected.failsOn(key("eu-west-1", "1c9e3a5b-7d2f-4e8a-b6c1-9f3d5a7e2b80"))
          .passesOn(key("eu-west-1", "6f2c8e1a-4b3d-4e9a-9c7f-2d5e8b1a3c64"))),
      Map.entry("kms-key-public", Expected.failsOn(key("eu-west-1", "8a4d6f2b-1c3e-4b5a-9d7f-3e1c5a8b2d46"))
          .passesOn(key("eu-west-1", "6f2c8e1a-4b3d-4e9a-9c7f-2d5e8b1a3c64"))),
      Map.entry("rds-storage-encryption", Expected.failsOn("reporting-db").passesOn("orders-db")),
      Map.entry("rds-public", Expected.failsOn("reporting-db").passesOn("orders-db")));

  private static Path example(String name) {
    return Path.of(System.getProperty("mamori.root", "..")).resolve("examples").resolve(name);
  }

  private static AuditReport audit(String name) {
    CloudModel model = SnapshotReader.read(example(name));
    return Auditor.standard().run(model, AuditRequest.allChecks(takenAt(model)));
  }

  @Test
  void everyCheckFailsOnTheResourceBuiltToFailItAndPassesOnTheOneBuiltToPassIt() {
    assumeTrue(Files.isDirectory(example("acme")), "examples/acme is not in this checkout; skipping");
    assertThat(COVERAGE.keySet()).as("the coverage table names every check of the catalog")
        .containsExactlyInAnyOrderElementsOf(CheckCatalog.bundled().all().stream().map(CheckMetadata::id).toList());
    AuditReport acme = audit("acme");
    AuditReport management = audit("acme-management");
    assertThat(acme.checksRun()).hasSize(COVERAGE.size());
    assertThat(acme.findings()).as("worst first").isSortedAccordingTo(AuditReport.WORST_FIRST);
    COVERAGE.forEach((check, expected) -> {
      assertThat(expected.fails()).as(check + " fails on something").isNotEmpty();
      assertThat(expected.passes().size() + expected.passesInManagement().size()).as(check + " passes on something")
          .isPositive();
      expected.fails().forEach(r -> assertThat(statusOf(acme, check, r)).as(check + " on " + r).isEqualTo(Status.FAIL));
      expected.passes().forEach(r -> assertThat(statusOf(acme, check, r)).as(check + " on " + r).isEqualTo(Status.PASS));
      expected.passesInManagement().forEach(r -> assertThat(statusOf(management, check, r))
          .as(check + " on " + r + " (management account)").isEqualTo(Status.PASS));
    });
  }

  /** The status of a check on a resource ({@code id} or {@code id@region}). */
  private static Status statusOf(AuditReport report, String check, String resource) {
    String id = resource.contains("@") ? resource.substring(0, resource.indexOf('@')) : resource;
    Optional<String> region = resource.contains("@") ? Optional.of(resource.substring(resource.indexOf('@') + 1))
        : Optional.empty();
    List<Finding> matching = report.findings().stream()
        .filter(f -> f.check().equals(check) && f.resource().equals(id) && region.map(f.region()::equals).orElse(true))
        .toList();
    assertThat(matching).as(check + " has one result for " + resource).hasSize(1);
    return matching.get(0).status();
  }

  private static Instant takenAt(CloudModel model) {
    Optional<CredentialReport> report = model.iam().credentialReport().asOptional();
    Optional<Instant> generated = report.flatMap(CredentialReport::generatedTime);
    if (generated.isPresent()) {
      return generated.get();
    }
    Stream<Instant> events = Stream.concat(
        model.ebsSnapshots().stream().flatMap(s -> s.startTime().stream()),
        report.stream().flatMap(r -> r.rows().stream()).flatMap(row -> Stream.of(row.passwordLastUsed(),
            row.accessKey1().lastUsed(), row.accessKey2().lastUsed(), row.accessKey1().lastRotated(),
            row.accessKey2().lastRotated()).flatMap(Optional::stream)));
    return events.max(Instant::compareTo).map(i -> i.plusSeconds(3600)).orElseGet(Instant::now);
  }
}
