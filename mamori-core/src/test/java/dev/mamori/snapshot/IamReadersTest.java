package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.CloudModel;
import dev.mamori.model.CredentialReport;
import dev.mamori.testing.SnapshotDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authorization details, credential report, account summary, password policy, virtual MFA devices. */
class IamReadersTest {
  private static final String IAM = "111122223333/global/iam/";
  private static final String REPORT = """
      user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated
      <root_account>,arn:aws:iam::111122223333:root,2020-01-01T00:00:00+00:00,not_supported,2024-05-01T10:00:00+00:00,not_supported,not_supported,false,true,2020-01-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
      alice,arn:aws:iam::111122223333:user/alice,2021-01-01T00:00:00+00:00,true,no_information,2021-01-01T00:00:00+00:00,N/A,true,true,2021-01-01T00:00:00+00:00,2024-05-01T10:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A
      """;

  @TempDir Path tmp;

  @Test
  void urlEncodedAndObjectDocumentsReadTheSame() {
    String encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D";
    new SnapshotDir(tmp).file(IAM + "get-account-authorization-details.json", """
        {"UserDetailList": [{"UserName": "alice", "UserId": "AIDA1", "Arn": "arn:aws:iam::111122223333:user/alice",
            "Path": "/", "CreateDate": "2021-01-01T00:00:00Z", "GroupList": ["devs"],
            "UserPolicyList": [{"PolicyName": "inline", "PolicyDocument": "%s"}],
            "AttachedManagedPolicies": [{"PolicyName": "ro", "PolicyArn": "arn:aws:iam::111122223333:policy/ro"}],
            "PermissionsBoundary": {"PermissionsBoundaryType": "Policy",
              "PermissionsBoundaryArn": "arn:aws:iam::111122223333:policy/boundary"}}],
         "GroupDetailList": [{"GroupName": "devs", "GroupId": "AGPA1", "Arn": "arn:aws:iam::111122223333:group/devs",
            "Path": "/", "GroupPolicyList": [{"PolicyName": "g", "PolicyDocument": {"Version": "2012-10-17", "Statement": []}}],
            "AttachedManagedPolicies": []}],
         "RoleDetailList": [{"RoleName": "app", "RoleId": "AROA1", "Arn": "arn:aws:iam::111122223333:role/app", "Path": "/",
            "AssumeRolePolicyDocument": "%s", "RolePolicyList": [], "AttachedManagedPolicies": [],
            "InstanceProfileList": [{"Arn": "arn:aws:iam::111122223333:instance-profile/app", "Roles": []}],
            "RoleLastUsed": {"LastUsedDate": "2024-05-01T10:00:00Z", "Region": "eu-west-1"}, "Tags": []}],
         "Policies": [{"PolicyName": "ro", "PolicyId": "ANPA1", "Arn": "arn:aws:iam::111122223333:policy/ro", "Path": "/",
            "DefaultVersionId": "v2", "AttachmentCount": 1, "IsAttachable": true,
            "PolicyVersionList": [
              {"VersionId": "v1", "IsDefaultVersion": false, "Document": "%s"},
              {"VersionId": "v2", "IsDefaultVersion": true, "Document": {"Version": "2012-10-17", "Statement": [{"Sid": "v2"}]}}]}]}
        """.formatted(encoded, encoded, encoded));
    CloudModel m = SnapshotReader.read(tmp);
    var alice = m.userNamed("alice").orElseThrow();
    assertThat(alice.inlinePolicies().get(0).document().json()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    assertThat(alice.permissionsBoundaryArn()).contains("arn:aws:iam::111122223333:policy/boundary");
    assertThat(m.policiesOf(alice)).extracting(p -> p.name()).containsExactly("inline", "ro", "g");
    assertThat(m.managedPolicy("arn:aws:iam::111122223333:policy/ro").orElseThrow().document().orElseThrow().json())
        .contains("\"Sid\":\"v2\"");
    var app = m.roleNamed("app").orElseThrow();
    assertThat(app.trustPolicy().json()).startsWith("{\"Version\"");
    assertThat(app.instanceProfileArns()).containsExactly("arn:aws:iam::111122223333:instance-profile/app");
    assertThat(app.lastUsed()).isPresent();
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void credentialReportCsv() {
    new SnapshotDir(tmp).file(IAM + "credential-report.csv", REPORT);
    CredentialReport r = SnapshotReader.read(tmp).iam().credentialReport().asOptional().orElseThrow();
    assertThat(r.root().orElseThrow().accessKey1().active()).isTrue();
    assertThat(r.root().orElseThrow().passwordEnabled()).isFalse();
    var alice = r.row("alice").orElseThrow();
    assertThat(alice.mfaActive()).isTrue();
    assertThat(alice.passwordLastUsed()).isEmpty();
    assertThat(alice.accessKey1().lastUsedService()).contains("s3");
  }

  @Test
  void credentialReportJsonWithBase64Content() {
    String content = Base64.getEncoder().encodeToString(REPORT.getBytes(StandardCharsets.UTF_8));
    new SnapshotDir(tmp).file(IAM + "get-credential-report.json",
        "{\"Content\": \"" + content + "\", \"ReportFormat\": \"text/csv\", \"GeneratedTime\": \"2024-05-02T00:00:00Z\"}");
    CredentialReport r = SnapshotReader.read(tmp).iam().credentialReport().asOptional().orElseThrow();
    assertThat(r.rows()).hasSize(2);
    assertThat(r.generatedTime()).isPresent();
  }

  @Test
  void badDateInTheCsvNamesLineAndColumn() {
    new SnapshotDir(tmp).file(IAM + "credential-report.csv", REPORT.replace("2021-01-01T00:00:00+00:00,true,no_information",
        "2021-13-01T00:00:00+00:00,true,no_information"));
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOfSatisfying(InvalidSnapshotException.class,
        e -> assertThat(e.errors().get(0).toString()).isEqualTo(IAM + "credential-report.csv:3 at user_creation_time: "
            + "expected an ISO-8601 date and time, found \"2021-13-01T00:00:00+00:00\""));
  }

  @Test
  void rowWithMoreValuesThanTheHeaderIsAnError() {
    new SnapshotDir(tmp).file(IAM + "credential-report.csv", "user,arn\nalice,arn:aws:iam::111122223333:user/alice,extra\n");
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOfSatisfying(InvalidSnapshotException.class,
        e -> assertThat(e.errors().get(0).toString()).startsWith(IAM + "credential-report.csv:2: malformed CSV: "));
  }

  @Test
  void badBase64IsAnError() {
    new SnapshotDir(tmp).file(IAM + "get-credential-report.json", "{\"Content\": \"dXNlcixhcm4K*\"}");
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOfSatisfying(InvalidSnapshotException.class,
        e -> assertThat(e.errors().get(0).toString()).startsWith(IAM + "get-credential-report.json:1 at $.Content: "
            + "expected the report as base64 or as CSV text starting with \"user,\": bad base64"));
  }

  @Test
  void noPasswordPolicyIsConfirmedAbsent() {
    new SnapshotDir(tmp).file(IAM + "get-account-password-policy.json",
        "{\"Error\": {\"Code\": \"NoSuchEntity\", \"Message\": \"The Password Policy with domain name 111122223333 cannot be found.\"}}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.iam().passwordPolicy().isConfirmedAbsent()).isTrue();
    assertThat(m.iam().accountSummary().isCollected()).isFalse();
  }

  @Test
  void passwordPolicySummaryAndMfaDevices() {
    new SnapshotDir(tmp)
        .file(IAM + "get-account-password-policy.json", """
            {"PasswordPolicy": {"MinimumPasswordLength": 14, "RequireSymbols": true, "RequireNumbers": true,
              "RequireUppercaseCharacters": true, "RequireLowercaseCharacters": true, "AllowUsersToChangePassword": true,
              "ExpirePasswords": true, "MaxPasswordAge": 90, "PasswordReusePrevention": 24, "HardExpiry": false}}
            """)
        .file(IAM + "get-account-summary.json", "{\"SummaryMap\": {\"AccountMFAEnabled\": 1, \"AccountAccessKeysPresent\": 0}}")
        .file(IAM + "list-virtual-mfa-devices.json", """
            {"VirtualMFADevices": [{"SerialNumber": "arn:aws:iam::111122223333:mfa/root-account-mfa-device",
              "User": {"Arn": "arn:aws:iam::111122223333:root", "UserId": "111122223333"}, "EnableDate": "2024-01-01T00:00:00Z"}]}
            """);
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.iam().passwordPolicy().asOptional().orElseThrow().passwordReusePrevention()).contains(24);
    assertThat(m.iam().accountSummary().asOptional().orElseThrow()).containsEntry("AccountMFAEnabled", 1L);
    assertThat(m.iam().virtualMfaDevices().asOptional().orElseThrow()).singleElement()
        .satisfies(d -> assertThat(d.isAssignedToRoot()).isTrue());
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void impossiblePasswordLengthIsAnError() {
    new SnapshotDir(tmp).file(IAM + "get-account-password-policy.json", "{\"PasswordPolicy\": {\"MinimumPasswordLength\": 3}}");
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).hasMessageContaining(
        "at $.PasswordPolicy.MinimumPasswordLength: expected a length within 6-128, found 3");
  }

  @Test
  void accountLevelDataOfASecondAccountIsReportedNotMixed() {
    new SnapshotDir(tmp)
        .file("111122223333/global/iam/get-account-summary.json", "{\"SummaryMap\": {\"Users\": 1}}")
        .file("444455556666/global/iam/get-account-summary.json", "{\"SummaryMap\": {\"Users\": 2}}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.iam().accountSummary().asOptional().orElseThrow()).containsEntry("Users", 1L);
    assertThat(m.warnings()).extracting(Object::toString).containsExactly("444455556666/global/iam/get-account-summary.json: "
        + "the model holds account-level IAM data of one account; account 111122223333's was read first, so this file "
        + "is ignored");
  }
}
