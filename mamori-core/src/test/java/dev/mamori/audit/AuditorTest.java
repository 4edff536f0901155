package dev.mamori.audit;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.CloudModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditorTest {
  private final CloudModel model = model()
      .add(volume("vol-plain", false, "available"))
      .add(volume("vol-safe", true, "available"))
      .add(volume("vol-logs", false, "available"))
      .source("vol-plain", "eu-west-1/volumes.json")
      .build();

  private AuditReport audit(Set<String> checks, Mutelist mutes) {
    return Auditor.standard().run(model, new AuditRequest(AS_OF, checks, mutes));
  }

  @Test
  void findingsCarryMetadataFilledRemediationAndSource() {
    AuditReport report = audit(Set.of("ebs-volume-unencrypted"), Mutelist.EMPTY);
    Finding f = report.findings().stream().filter(x -> x.resource().equals("vol-plain")).findFirst().orElseThrow();
    assertThat(f.status()).isEqualTo(Status.FAIL);
    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(f.responsibility()).isEqualTo("data-at-rest");
    assertThat(f.remediation()).contains("--volume-id vol-plain --region eu-west-1").doesNotContain("{resource}");
    assertThat(f.source()).contains("eu-west-1/volumes.json");
    assertThat(report.checksRun()).extracting(CheckMetadata::id).containsExactly("ebs-volume-unencrypted");
  }

  @Test
  void failuresComeFirst() {
    List<Finding> findings = audit(Set.of("ebs-volume-unencrypted"), Mutelist.EMPTY).findings();
    assertThat(findings).extracting(Finding::status).containsExactly(Status.FAIL, Status.FAIL, Status.PASS);
  }

  @Test
  void mutedFindingsAreCountedApart() {
    Mutelist mutes = new Mutelist(List.of(new MuteRule("ebs-*", "vol-log?", "scratch logs", Optional.empty())));
    AuditReport report = audit(Set.of("ebs-volume-unencrypted"), mutes);
    assertThat(report.findings()).extracting(Finding::resource).doesNotContain("vol-logs");
    assertThat(report.muted()).singleElement().satisfies(m -> {
      assertThat(m.finding().resource()).isEqualTo("vol-logs");
      assertThat(m.rule().reason()).isEqualTo("scratch logs");
    });
    assertThat(report.summary().muted()).isEqualTo(1);
    assertThat(report.summary().count(Status.FAIL)).isEqualTo(1);
  }

  @Test
  void anExpiredMuteNoLongerMutesAndIsReported() {
    MuteRule expired = new MuteRule("ebs-volume-unencrypted", "vol-logs", "until rebuilt", Optional.of(LocalDate.parse("2026-05-31")));
    AuditReport report = audit(Set.of("ebs-volume-unencrypted"), new Mutelist(List.of(expired)));
    assertThat(report.muted()).isEmpty();
    assertThat(report.expiredMutes()).containsExactly(expired);
    MuteRule lastDay = new MuteRule("ebs-volume-unencrypted", "vol-logs", "until rebuilt", Optional.of(LocalDate.parse("2026-06-01")));
    assertThat(audit(Set.of("ebs-volume-unencrypted"), new Mutelist(List.of(lastDay))).muted()).hasSize(1);
  }

  @Test
  void failOnThresholdIgnoresMutedAndLowerFindings() {
    AuditReport report = audit(Set.of("ebs-volume-unencrypted"), Mutelist.EMPTY);
    assertThat(report.failsAtOrAbove(Severity.MEDIUM)).isTrue();
    assertThat(report.failsAtOrAbove(Severity.HIGH)).isFalse();
    Mutelist all = new Mutelist(List.of(new MuteRule("*", "*", "accepted", Optional.empty())));
    assertThat(audit(Set.of("ebs-volume-unencrypted"), all).failsAtOrAbove(Severity.INFO)).isFalse();
  }

  @Test
  void withNoSelectionEveryCheckOfTheCatalogRuns() {
    AuditReport report = audit(Set.of(), Mutelist.EMPTY);
    assertThat(report.checksRun()).extracting(CheckMetadata::id)
        .containsExactlyElementsOf(CheckCatalog.bundled().all().stream().map(CheckMetadata::id).toList());
    assertThat(report.durations()).containsKeys("ebs-volume-unencrypted", "root-mfa");
  }

  @Test
  void unknownChecksAreRefused() {
    assertThatThrownBy(() -> audit(Set.of("no-such-check"), Mutelist.EMPTY)).hasMessageContaining("no-such-check");
  }

  @Test
  void summaryCountsByStatusSeverityAndResponsibility() {
    Summary s = audit(Set.of("ebs-volume-unencrypted", "root-mfa"), Mutelist.EMPTY).summary();
    assertThat(s.checks()).isEqualTo(2);
    assertThat(s.count(Status.FAIL)).isEqualTo(2);
    assertThat(s.count(Status.PASS)).isEqualTo(1);
    assertThat(s.count(Status.NOT_EVALUATED)).isEqualTo(1);
    assertThat(s.failures(Severity.MEDIUM)).isEqualTo(2);
    assertThat(s.byResponsibility()).containsKeys("data-at-rest", "credentials");
    assertThat(s.byResponsibility().keySet()).containsExactly("data-at-rest", "credentials");
  }

  @Test
  void passesCountedRatherThanKeptLeaveTheSameSummaryAndTheOtherFindings() {
    AuditRequest kept = new AuditRequest(AS_OF, Set.of("ebs-volume-unencrypted", "root-mfa"), Mutelist.EMPTY);
    AuditReport withPasses = Auditor.standard().run(model, kept);
    AuditReport counted = Auditor.standard().run(model, kept.countingPasses());
    assertThat(counted.summary()).isEqualTo(withPasses.summary());
    assertThat(counted.summary().results()).isEqualTo(withPasses.findings().size()).isEqualTo(4);
    assertThat(counted.findings()).isEqualTo(withPasses.findings().stream().filter(f -> f.status() != Status.PASS).toList());
  }

  @Test
  void fillLeavesUnknownPlaceholders() {
    assertThat(Auditor.fill("a {resource} {user} '{\"x\":1}'", java.util.Map.of("resource", "r"))).isEqualTo("a r {user} '{\"x\":1}'");
  }

  @Test
  void checksRunInParallelGiveTheSameReportEveryTime() {
    AuditReport first = audit(Set.of(), Mutelist.EMPTY);
    for (int i = 0; i < 5; i++) {
      assertThat(audit(Set.of(), Mutelist.EMPTY).findings()).isEqualTo(first.findings());
    }
    assertThat(first.total()).isPositive();
  }

  @Test
  void theFirstCheckNeedingTheExposureStartsFirstAndTheOtherOnesLast() {
    Auditor auditor = Auditor.standard();
    List<CheckMetadata> catalogOrder = List.copyOf(auditor.catalog().all());
    List<String> scheduled = auditor.schedule(catalogOrder).stream().map(CheckMetadata::id).toList();
    assertThat(scheduled).containsExactlyInAnyOrderElementsOf(catalogOrder.stream().map(CheckMetadata::id).toList());
    // exposed-admin-port comes before rds-public in the catalog: it builds the exposure.
    assertThat(scheduled.get(0)).isEqualTo("exposed-admin-port");
    assertThat(scheduled.get(scheduled.size() - 1)).isEqualTo("rds-public");
    // The rest keep the catalog's order.
    List<String> others = catalogOrder.stream().map(CheckMetadata::id)
        .filter(id -> !id.equals("exposed-admin-port") && !id.equals("rds-public")).toList();
    assertThat(scheduled.subList(1, scheduled.size() - 1)).containsExactlyElementsOf(others);
  }

  @Test
  void progressCountsEveryCheckOnceUpToTheTotal() {
    List<Integer> done = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Set<String> checks = java.util.concurrent.ConcurrentHashMap.newKeySet();
    int total = CheckCatalog.bundled().all().size();
    Auditor.standard().run(model, new AuditRequest(AS_OF, Set.of(), Mutelist.EMPTY), (n, of, check) -> {
      assertThat(of).isEqualTo(total);
      done.add(n);
      checks.add(check);
    });
    assertThat(done).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList());
    assertThat(checks).hasSize(total);
  }

  @Test
  void theReportKeepsTheCatalogOrderWhateverTheStartingOrder() {
    AuditReport report = audit(Set.of(), Mutelist.EMPTY);
    assertThat(report.checksRun().stream().map(CheckMetadata::id).toList())
        .containsExactlyElementsOf(CheckCatalog.bundled().all().stream().map(CheckMetadata::id).toList());
  }

  @Test
  void aCheckThatThrowsFailsTheAuditWithItsOwnException() {
    Check broken = new Check() {
      @Override
      public String id() {
        return "root-mfa";
      }

      @Override
      public List<CheckResult> evaluate(AuditContext context) {
        throw new IllegalStateException("broken check");
      }
    };
    Auditor auditor = new Auditor(CheckCatalog.bundled(), List.of(broken, new dev.mamori.audit.checks.data.EbsVolumeUnencrypted()));
    assertThatThrownBy(() -> auditor.run(model, new AuditRequest(AS_OF, Set.of(), Mutelist.EMPTY)))
        .isInstanceOf(IllegalStateException.class).hasMessage("broken check");
  }

  @Test
  void fillReplacesEveryKnownPlaceholderAndLeavesJsonAlone() {
    assertThat(Auditor.fill("{a}{b} {a} {} {1} '[{\"k\":\"{a}\"}]' {c", java.util.Map.of("a", "x", "b", "y")))
        .isEqualTo("xy x {} {1} '[{\"k\":\"x\"}]' {c");
  }
}
