package dev.mamori.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.AuditReport;
import dev.mamori.audit.AuditRequest;
import dev.mamori.audit.Auditor;
import dev.mamori.audit.Status;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.model.CloudModel;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.ReachResult;
import dev.mamori.net.reach.ReachabilityAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of README.md ("Use it as a library"), kept compiling and true here: load a
 * snapshot once, then ask the engines.
 */
class LibraryUsageTest {
  private static final Path ACME = Path.of(System.getProperty("mamori.root", "..")).resolve("examples/acme");

  @Test
  void readmeLibraryExample() {
    CloudModel model = SnapshotReader.read(ACME);

    NetworkTopology network = NetworkTopology.of(model);
    ReachabilityAnalyzer reach = new ReachabilityAnalyzer(network);
    ReachResult ssh = reach.analyze(FlowQuery.tcp(reach.resolve("internet"), reach.resolve("i-0f3a5c7e9b1d2f468"), 22));
    ExposureReport exposed = new ExposureAnalyzer(network).analyze();

    AccountAuthorizer iam = new AccountAuthorizer(model);
    AuthorizationResult anonymousRead = iam.can(iam.principal("anonymous").orElseThrow(), "s3:GetObject",
        "arn:aws:s3:::acme-public-assets/logo.png", RequestContext.empty());

    AuditReport audit = Auditor.standard().run(model, AuditRequest.allChecks(Instant.parse("2026-11-20T09:00:00Z")));

    assertThat(ssh.verdict().name()).isEqualTo("ALLOWED");
    assertThat(exposed.exposures()).anySatisfy(e -> assertThat(e.eni()).isEqualTo("eni-0a5c7e9b1d3f2a684"));
    assertThat(anonymousRead.allowed()).isTrue();
    assertThat(audit.findings()).anySatisfy(f -> {
      assertThat(f.check()).isEqualTo("exposed-admin-port");
      assertThat(f.status()).isEqualTo(Status.FAIL);
    });
  }
}
