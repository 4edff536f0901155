package dev.mamori.cli.report;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.AuditReport;
import dev.mamori.audit.AuditRequest;
import dev.mamori.audit.Auditor;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckCatalog;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.MuteRule;
import dev.mamori.audit.Mutelist;
import dev.mamori.model.CloudModel;
import dev.mamori.snapshot.InputError;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report with every kind of row a renderer must handle: each status, several severities and
 * responsibilities, a network trace, deciding policy statements, a muted finding, a file that
 * could not be read. Built with stand-in checks so that renderers are tested apart from the checks.
 */
final class SampleReports {
  static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

  private SampleReports() {}

  private record Fixed(String id, List<CheckResult> results) implements Check {
    @Override
    public List<CheckResult> evaluate(AuditContext context) {
      return results;
    }
  }

  static ReportInput sample(Path snapshot, boolean includePasses) {
    Explanation trace = new Explanation.NetworkTrace("internet -> 203.0.113.10:22/tcp", List.of(
        new Explanation.NetworkTrace.Hop("route", "rtb-1", "ingress", "ALLOWED", "0.0.0.0/0 -> igw-1", "routed by rtb-1"),
        new Explanation.NetworkTrace.Hop("network-acl", "acl-1", "ingress", "ALLOWED", "100", "acl-1 rule 100 allow tcp 22 from 0.0.0.0/0"),
        new Explanation.NetworkTrace.Hop("security-group", "sg-ssh", "ingress", "ALLOWED", "tcp 22 from 0.0.0.0/0",
            "allowed by sg-ssh (ssh) inbound tcp 22 from 0.0.0.0/0")));
    Explanation statements = new Explanation.PolicyStatements("anonymous s3:GetObject on arn:aws:s3:::public-site/*", "ALLOWED",
        List.of(new Explanation.PolicyStatements.Statement("bucket policy of public-site", "PublicRead", "Allow")));
    List<Check> checks = List.of(
        new Fixed("exposed-admin-port", List.of(
            CheckResult.fail("eni-bastion", "eu-west-1", "SSH (22/tcp) is reachable from the internet").because(trace),
            CheckResult.pass("eni-web", "eu-west-1", "no admin port is reachable from the internet"))),
        new Fixed("s3-public-bucket", List.of(
            CheckResult.fail("public-site", "eu-west-1", "anyone can read objects <script>alert(1)</script>").because(statements))),
        new Fixed("kms-rotation", List.of(
            CheckResult.notEvaluated("arn:aws:kms:eu-west-1:111122223333:key/k1", "eu-west-1", "get-key-rotation-status was not collected"))),
        new Fixed("sg-default-restrict", List.of(
            CheckResult.fail("sg-0def1", "eu-west-1", "the default group has rules").because("inbound: all sg-0def1"),
            CheckResult.fail("sg-legacy", "eu-west-1", "the default group has rules"))));
    CloudModel model = CloudModel.builder().accountId("111122223333")
        .source("sg-0def1", "111122223333/eu-west-1/security-groups.json").build();
    Mutelist mutes = new Mutelist(List.of(new MuteRule("sg-default-restrict", "sg-legacy", "legacy VPC, rebuilt in Q3", Optional.empty())));
    AuditReport report = new Auditor(CheckCatalog.bundled(), checks).run(model, new AuditRequest(AS_OF, Set.of(), mutes));
    return new ReportInput(report, snapshot, Optional.of("111122223333"), includePasses,
        List.of(InputError.of("111122223333/eu-west-1/broken.json", "malformed JSON: unexpected end")),
        List.of(new dev.mamori.model.LoadWarning("111122223333/eu-west-1/notes.json", "",
            "no AWS CLI output key Mamori knows (found Foo); file ignored")), "0.1.0",
        java.time.Duration.ofMillis(12));
  }
}
