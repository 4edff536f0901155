package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.model.CredentialReport;
import dev.mamori.model.CredentialReportRow;
import java.util.Map;
import java.util.Optional;

/**
 * What the snapshot says about the root user: its credential report row, else the account
 * summary's flags ({@code AccountMFAEnabled}, {@code AccountAccessKeysPresent}), which AWS keeps
 * for exactly these questions.
 */
final class RootUser {
  static final String REGION = "global";

  private RootUser() {}

  static Optional<CredentialReportRow> row(AuditContext ctx) {
    return ctx.model().iam().credentialReport().asOptional().flatMap(CredentialReport::root);
  }

  /** A flag of {@code get-account-summary}, when collected: 1 is true. */
  static Optional<Boolean> summaryFlag(AuditContext ctx, String key) {
    return ctx.model().iam().accountSummary().asOptional()
        .map(m -> m.get(key))
        .map(v -> v > 0);
  }

  /** Whether the root user has MFA, from the report or else the summary. */
  static Optional<Boolean> mfaActive(AuditContext ctx) {
    return row(ctx).map(CredentialReportRow::mfaActive).or(() -> summaryFlag(ctx, "AccountMFAEnabled"));
  }

  static String missingData() {
    return "neither the credential report nor the account summary was collected";
  }

  static Map<String, Long> summary(AuditContext ctx) {
    return ctx.model().iam().accountSummary().asOptional().orElse(Map.of());
  }
}
