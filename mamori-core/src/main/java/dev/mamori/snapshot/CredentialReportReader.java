package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.CredentialReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The IAM credential report: {@code global/iam/credential-report.csv} (the decoded CSV), or
 * {@code global/iam/get-credential-report.json} as the CLI prints it ({@code Content} is base64; some
 * tools save it already decoded).
 */
final class CredentialReportReader implements PathReader {
  static final String CSV_FILE = "credential-report.csv";
  static final String JSON_FILE = "get-credential-report.json";

  @Override
  public boolean accepts(SnapshotFile file) {
    return IamFile.is(file, CSV_FILE) || IamFile.is(file, JSON_FILE);
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!ctx.assembly.iam.account.admits(file, ctx)) {
      return;
    }
    if (file.fileName().equals(CSV_FILE)) {
      ctx.assembly.iam.credentialReport = Collected.present(fromCsvFile(file));
    } else {
      fromJson(parse.apply(file).requireObject(), file, ctx);
    }
  }

  private static CredentialReport fromCsvFile(SnapshotFile file) {
    String csv;
    try {
      csv = Files.readString(file.absolute(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SnapshotReader.FileError(InputError.of(file.relative(), "cannot read the file: " + e.getMessage()));
    }
    try {
      return CredentialReportCsv.parse(stripBom(csv), Optional.empty());
    } catch (CredentialReportCsv.Problem p) {
      throw new SnapshotReader.FileError(new InputError(file.relative(), p.column,
          p.line > 0 ? OptionalInt.of(p.line) : OptionalInt.empty(), p.getMessage()));
    }
  }

  private static void fromJson(Node root, SnapshotFile file, ReadContext ctx) {
    Optional<String> error = AwsErrorFile.code(root);
    if (error.isPresent()) {
      ctx.assembly.iam.credentialReport = AwsErrorFile.meaning(error.get(), Set.of(), file, ctx, "the credential report");
      return;
    }
    root.ignore("ReportFormat");
    Optional<Instant> generated = root.optInstant("GeneratedTime");
    Optional<String> content = root.optText("Content");
    if (content.isEmpty()) {
      ctx.warn(file.relative(), "$.Content", "the output holds no report (Content is missing); not collected");
      return;
    }
    String csv = decode(root, content.get());
    try {
      ctx.assembly.iam.credentialReport = Collected.present(CredentialReportCsv.parse(csv, generated));
    } catch (CredentialReportCsv.Problem p) {
      throw root.error("Content", (p.line > 0 ? "line " + p.line + " of the report" : "the report")
          + (p.column.isEmpty() ? "" : ", column " + p.column) + ": " + p.getMessage());
    }
    ctx.warnUnknownFields(root, file);
  }

  /** The CLI prints the report base64-encoded; CSV text as it is means it was decoded already. */
  private static String decode(Node root, String content) {
    if (content.startsWith("user,")) {
      return content;
    }
    try {
      return stripBom(new String(Base64.getDecoder().decode(content.replaceAll("\\s", "")), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw root.error("Content", "expected the report as base64 or as CSV text starting with \"user,\": "
          + "bad base64 (" + e.getMessage() + ")");
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
