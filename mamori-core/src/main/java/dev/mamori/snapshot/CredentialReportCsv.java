package dev.mamori.snapshot;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.mamori.model.AccessKeyStatus;
import dev.mamori.model.CredentialReport;
import dev.mamori.model.CredentialReportRow;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The IAM credential report as CSV text (what {@code get-credential-report}'s {@code Content}
 * decodes to). Columns are found by their header names; a value AWS would never print (a date that
 * is not a date, a flag that is not true or false) is an error naming the line and the column.
 */
final class CredentialReportCsv {
  private static final CsvMapper CSV = new CsvMapper();
  /** What the report prints where a date or value does not apply. */
  private static final Set<String> NO_VALUE = Set.of("", "N/A", "no_information", "not_supported");

  /** A value that cannot be in a credential report, at a line (1 is the header) and a column. */
  static final class Problem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int line;
    final String column;

    Problem(int line, String column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private CredentialReportCsv() {}

  static CredentialReport parse(String csv, Optional<Instant> generatedTime) {
    List<CredentialReportRow> rows = new ArrayList<>();
    // The report has no quoted line breaks, so the n-th row is on line n + 1 (the header is line 1).
    int line = 1;
    try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (it.hasNextValue()) {
        line++;
        Map<String, String> values = it.nextValue();
        if (line == 2) {
          requireColumns(values);
        }
        rows.add(row(new Row(values, line)));
      }
    } catch (IOException | RuntimeJsonMappingException e) {
      throw new Problem(line, "", "malformed CSV: " + firstLine(e.getMessage()));
    }
    if (rows.isEmpty()) {
      // Every account's report has at least the root user's row.
      throw new Problem(line, "", "expected a credential report (a header and at least the <root_account> row), "
          + "found no rows");
    }
    return new CredentialReport(generatedTime, rows);
  }

  private static void requireColumns(Map<String, String> firstRow) {
    for (String column : List.of("user", "arn")) {
      if (!firstRow.containsKey(column)) {
        throw new Problem(1, column, "expected a credential report header with the column \"" + column + "\"");
      }
    }
  }

  private static CredentialReportRow row(Row r) {
    return new CredentialReportRow(r.text("user"), r.text("arn"), r.date("user_creation_time"),
        r.flag("password_enabled"), r.date("password_last_used"), r.date("password_last_changed"),
        r.flag("mfa_active"), key(r, 1), key(r, 2), r.flag("cert_1_active"), r.flag("cert_2_active"));
  }

  private static AccessKeyStatus key(Row r, int n) {
    String prefix = "access_key_" + n + "_";
    return new AccessKeyStatus(r.flag(prefix + "active"), r.date(prefix + "last_rotated"),
        r.date(prefix + "last_used_date"),
        Optional.of(r.text(prefix + "last_used_service")).filter(s -> !NO_VALUE.contains(s)));
  }

  /** One data row with its line, for the messages. */
  private record Row(Map<String, String> values, int line) {
    String text(String column) {
      return values.getOrDefault(column, "").strip();
    }

    boolean flag(String column) {
      String v = text(column);
      return switch (v) {
        case "true", "TRUE", "True" -> true;
        case "false", "FALSE", "False", "" -> false;
        default -> {
          if (NO_VALUE.contains(v)) {
            yield false;
          }
          throw new Problem(line, column, "expected true, false or not_supported, found \"" + v + "\"");
        }
      };
    }

    Optional<Instant> date(String column) {
      String v = text(column);
      if (NO_VALUE.contains(v)) {
        return Optional.empty();
      }
      try {
        return Optional.of(Node.parseInstant(v));
      } catch (IllegalArgumentException e) {
        throw new Problem(line, column, e.getMessage());
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int cut = message.indexOf('\n');
    return cut > 0 ? message.substring(0, cut) : message;
  }
}
