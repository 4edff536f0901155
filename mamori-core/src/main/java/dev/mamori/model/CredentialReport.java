package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The IAM credential report (the decoded CSV). */
public record CredentialReport(Optional<Instant> generatedTime, List<CredentialReportRow> rows) {
  public CredentialReport {
    rows = List.copyOf(rows);
  }

  public Optional<CredentialReportRow> root() {
    return rows.stream().filter(CredentialReportRow::isRoot).findFirst();
  }

  public Optional<CredentialReportRow> row(String userName) {
    return rows.stream().filter(r -> r.user().equals(userName)).findFirst();
  }
}
