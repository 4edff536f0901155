package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit over a snapshot in the documented layout, read by the real readers: IAM (credential
 * report, password policy), S3 (buckets, per-bucket files, account-level block), EBS, KMS.
 */
class AuditEndToEndTest {
  @TempDir Path tmp;

  private static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
      + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
      + "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
      + "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
      + "cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n";

  private Path snapshot() {
    String g = "111122223333/global/";
    String r = "111122223333/eu-west-1/";
    new SnapshotDir(tmp)
        .file(g + "iam/credential-report.csv", HEADER
            + "<root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,2026-05-30T10:00:00+00:00,"
            + "not_supported,not_supported,false,true,2021-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"
            + "alice,arn:aws:iam::111122223333:user/alice,2024-01-01T00:00:00+00:00,true,2026-05-31T09:00:00+00:00,"
            + "2024-01-01T00:00:00+00:00,N/A,true,true,2026-04-01T00:00:00+00:00,2026-05-31T00:00:00+00:00,eu-west-1,s3,"
            + "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"
            + "bob,arn:aws:iam::111122223333:user/bob,2024-01-01T00:00:00+00:00,true,2025-01-01T00:00:00+00:00,"
            + "2024-01-01T00:00:00+00:00,N/A,false,true,2024-01-01T00:00:00+00:00,2025-01-01T00:00:00+00:00,eu-west-1,s3,"
            + "true,2025-06-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A\n")
        .file(g + "iam/get-account-password-policy.json", """
            {"PasswordPolicy": {"MinimumPasswordLength": 8, "RequireSymbols": false, "RequireNumbers": true,
             "RequireUppercaseCharacters": false, "RequireLowercaseCharacters": false, "AllowUsersToChangePassword": true,
             "ExpirePasswords": false}}
            """)
        .file(g + "s3/list-buckets.json", """
            {"Buckets": [{"Name": "acme-logs", "CreationDate": "2024-01-01T00:00:00+00:00"},
                         {"Name": "acme-site", "CreationDate": "2024-01-01T00:00:00+00:00"}],
             "Owner": {"ID": "abc"}}
            """)
        .file(g + "s3/acme-logs/get-bucket-versioning.json", "{\"Status\": \"Enabled\", \"MFADelete\": \"Enabled\"}")
        .file(g + "s3/acme-site/get-bucket-versioning.json", "{}")
        .file(g + "s3/acme-logs/get-bucket-policy.json", "{\"Error\": {\"Code\": \"NoSuchBucketPolicy\", \"Message\": \"none\"}}")
        .file(g + "s3/acme-site/get-bucket-policy.json", """
            {"Policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"PublicRead\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":\\"*\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::acme-site/*\\"}]}"}
            """)
        .file(g + "s3/acme-site/get-public-access-block.json",
            "{\"Error\": {\"Code\": \"NoSuchPublicAccessBlockConfiguration\", \"Message\": \"none\"}}")
        .file(g + "s3control/get-public-access-block.json",
            "{\"Error\": {\"Code\": \"NoSuchPublicAccessBlockConfiguration\", \"Message\": \"none\"}}")
        .file(r + "get-ebs-encryption-by-default.json", "{\"EbsEncryptionByDefault\": false}")
        .file(r + "volumes.json", """
            {"Volumes": [{"VolumeId": "vol-plain", "Size": 8, "AvailabilityZone": "eu-west-1a", "State": "available",
              "Encrypted": false, "VolumeType": "gp3", "CreateTime": "2025-01-01T00:00:00.000Z", "Attachments": []}]}
            """);
    return tmp;
  }

  private static JsonNode finding(JsonNode doc, String check, String resource) {
    for (JsonNode f : doc.get("findings")) {
      if (f.get("check").asText().equals(check) && f.get("resource").asText().equals(resource)) {
        return f;
      }
    }
    throw new AssertionError("no " + check + " finding for " + resource + " in " + doc.get("findings"));
  }

  private static String status(JsonNode doc, String check, String resource) {
    return finding(doc, check, resource).get("status").asText();
  }

  @Test
  void everyReaderFeedsTheChecks() throws Exception {
    Cli.Run run = Cli.run("audit", snapshot().toString(), "--format", "json", "--all", "--as-of", "2026-06-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    String root = "arn:aws:iam::111122223333:root";
    String alice = "arn:aws:iam::111122223333:user/alice";
    String bob = "arn:aws:iam::111122223333:user/bob";
    assertThat(status(doc, "root-access-keys", root)).isEqualTo("FAIL");
    assertThat(status(doc, "root-mfa", root)).isEqualTo("FAIL");
    assertThat(status(doc, "root-recent-use", root)).isEqualTo("FAIL");
    assertThat(status(doc, "iam-user-mfa", alice)).isEqualTo("PASS");
    assertThat(status(doc, "iam-user-mfa", bob)).isEqualTo("FAIL");
    assertThat(status(doc, "iam-unused-credentials", alice)).isEqualTo("PASS");
    assertThat(status(doc, "iam-unused-credentials", bob)).isEqualTo("FAIL");
    assertThat(status(doc, "iam-multiple-active-keys", bob)).isEqualTo("FAIL");
    assertThat(status(doc, "iam-key-rotation", alice)).isEqualTo("PASS");
    assertThat(status(doc, "iam-key-rotation", bob)).isEqualTo("FAIL");
    assertThat(status(doc, "iam-password-policy", "111122223333")).isEqualTo("FAIL");
    assertThat(status(doc, "s3-versioning", "acme-logs")).isEqualTo("PASS");
    assertThat(status(doc, "s3-versioning", "acme-site")).isEqualTo("FAIL");
    assertThat(status(doc, "s3-mfa-delete", "acme-logs")).isEqualTo("PASS");
    assertThat(status(doc, "s3-public-access-block", "111122223333")).isEqualTo("FAIL");
    assertThat(status(doc, "s3-public-bucket", "acme-site")).isEqualTo("FAIL");
    assertThat(finding(doc, "s3-public-bucket", "acme-site").at("/explanation/reasons/0/statement").asText()).isEqualTo("PublicRead");
    assertThat(finding(doc, "s3-public-bucket", "acme-site").get("source").asText()).isEqualTo("111122223333/global/s3/list-buckets.json");
    assertThat(status(doc, "s3-secure-transport", "acme-logs")).isEqualTo("FAIL");
    assertThat(status(doc, "ebs-default-encryption", "111122223333")).isEqualTo("FAIL");
    assertThat(status(doc, "ebs-volume-unencrypted", "vol-plain")).isEqualTo("FAIL");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aCorruptCredentialReportNamesTheFileAndKeepGoingLeavesItsChecksNotEvaluated() throws Exception {
    Path snap = snapshot();
    new SnapshotDir(snap).file("111122223333/global/iam/credential-report.csv", "user,arn\n\"broken");
    Cli.Run strict = Cli.run("audit", snap.toString());
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(strict.err()).contains("credential-report.csv");
    Cli.Run lenient = Cli.run("audit", snap.toString(), "--keep-going", "--format", "json", "--as-of", "2026-06-01");
    assertThat(lenient.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(lenient.out());
    assertThat(status(doc, "root-recent-use", "arn:aws:iam::111122223333:root")).isEqualTo("NOT_EVALUATED");
    assertThat(status(doc, "s3-public-bucket", "acme-site")).isEqualTo("FAIL");
    assertThat(doc.at("/errors/0/file").asText()).isEqualTo("111122223333/global/iam/credential-report.csv");
  }
}
