package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.generate.IamPlan.AccessKey;
import dev.mamori.generate.IamPlan.Credentials;
import dev.mamori.generate.IamPlan.CustomerPolicy;
import dev.mamori.generate.IamPlan.Group;
import dev.mamori.generate.IamPlan.Inline;
import dev.mamori.generate.IamPlan.Role;
import dev.mamori.generate.IamPlan.User;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code global/iam/}: {@code get-account-authorization-details.json} (streamed: users,
 * groups, roles, then every policy they attach with its attachment count),
 * {@code credential-report.csv} (the decoded report), {@code get-account-summary.json},
 * {@code get-account-password-policy.json} and {@code list-virtual-mfa-devices.json}.
 */
final class IamWriter {
  private static final String REPORT_HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
      + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
      + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,"
      + "access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,"
      + "access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

  private final Topology t;
  private final IamPlanner plan;
  private final Path dir;
  private final Map<String, Integer> attachments = new HashMap<>();

  IamWriter(Topology t, Path globalDir) {
    this.t = t;
    this.plan = new IamPlanner(t);
    this.dir = globalDir.resolve("iam");
  }

  void write(Tally tally) throws IOException {
    authorizationDetails();
    credentialReport();
    accountSummary();
    passwordPolicy();
    virtualMfaDevices();
    tally.add("iamUsers", plan.users);
    tally.add("iamRoles", plan.roles);
    tally.add("iamGroups", plan.groups);
    tally.add("iamManagedPolicies", plan.policies + AwsManagedPolicies.ALL.size());
  }

  private void authorizationDetails() throws IOException {
    JsonGenerator g = CliJson.open(dir.resolve("get-account-authorization-details.json"));
    g.writeStartObject();
    g.writeArrayFieldStart("UserDetailList");
    for (int i = 0; i < plan.users; i++) {
      user(g, plan.user(i));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("GroupDetailList");
    for (int i = 0; i < plan.groups; i++) {
      group(g, plan.group(i));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("RoleDetailList");
    for (int i = 0; i < plan.roles; i++) {
      role(g, plan.role(i));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("Policies");
    for (int i = 0; i < plan.policies; i++) {
      CustomerPolicy p = plan.policy(i);
      policy(g, p.name(), p.id(), plan.arn("policy", p.path(), p.name()), p.path(), "v1", p.createDate(), p.updateDate(),
          p.document());
    }
    for (AwsManagedPolicies.AwsPolicy p : AwsManagedPolicies.ALL) {
      policy(g, p.name(), p.id(), p.arn(), p.path(), p.version(), "2015-02-06T18:39:46+00:00", "2024-08-22T20:25:05+00:00",
          p.document());
    }
    g.writeEndArray();
    g.writeBooleanField("IsTruncated", false);
    g.writeEndObject();
    CliJson.close(g);
  }

  private void user(JsonGenerator g, User u) throws IOException {
    g.writeStartObject();
    g.writeStringField("Path", u.path());
    g.writeStringField("UserName", u.name());
    g.writeStringField("UserId", u.id());
    g.writeStringField("Arn", plan.arn("user", u.path(), u.name()));
    g.writeStringField("CreateDate", u.createDate());
    inlinePolicies(g, "UserPolicyList", u.inline());
    g.writeArrayFieldStart("GroupList");
    for (String group : u.groups()) {
      g.writeString(group);
    }
    g.writeEndArray();
    attached(g, u.attachedArns());
    boundary(g, u.boundaryArn());
    CliJson.tags(g, "Tags", "Team", u.team());
    g.writeEndObject();
  }

  private void group(JsonGenerator g, Group group) throws IOException {
    g.writeStartObject();
    g.writeStringField("Path", group.path());
    g.writeStringField("GroupName", group.name());
    g.writeStringField("GroupId", group.id());
    g.writeStringField("Arn", plan.arn("group", group.path(), group.name()));
    g.writeStringField("CreateDate", group.createDate());
    inlinePolicies(g, "GroupPolicyList", group.inline());
    attached(g, group.attachedArns());
    g.writeEndObject();
  }

  private void role(JsonGenerator g, Role r) throws IOException {
    String arn = plan.arn("role", r.path(), r.name());
    g.writeStartObject();
    g.writeStringField("Path", r.path());
    g.writeStringField("RoleName", r.name());
    g.writeStringField("RoleId", r.id());
    g.writeStringField("Arn", arn);
    g.writeStringField("CreateDate", r.createDate());
    PolicyJson.write(g, "AssumeRolePolicyDocument", r.trustPolicy());
    g.writeArrayFieldStart("InstanceProfileList");
    if (r.instanceProfile()) {
      g.writeStartObject();
      g.writeStringField("Path", "/");
      g.writeStringField("InstanceProfileName", r.name());
      g.writeStringField("InstanceProfileId", IamPlanner.instanceProfileId(t, r.name()));
      g.writeStringField("Arn", plan.arn("instance-profile", "/", r.name()));
      g.writeStringField("CreateDate", r.createDate());
      g.writeArrayFieldStart("Roles");
      g.writeStartObject();
      g.writeStringField("Path", r.path());
      g.writeStringField("RoleName", r.name());
      g.writeStringField("RoleId", r.id());
      g.writeStringField("Arn", arn);
      g.writeStringField("CreateDate", r.createDate());
      PolicyJson.write(g, "AssumeRolePolicyDocument", r.trustPolicy());
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    inlinePolicies(g, "RolePolicyList", r.inline());
    attached(g, r.attachedArns());
    boundary(g, r.boundaryArn());
    CliJson.tags(g, "Tags");
    g.writeObjectFieldStart("RoleLastUsed");
    if (r.lastUsed().isPresent()) {
      g.writeStringField("LastUsedDate", r.lastUsed().get());
      g.writeStringField("Region", r.lastUsedRegion());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void policy(JsonGenerator g, String name, String id, String arn, String path, String version, String created,
      String updated, String document) throws IOException {
    g.writeStartObject();
    g.writeStringField("PolicyName", name);
    g.writeStringField("PolicyId", id);
    g.writeStringField("Arn", arn);
    g.writeStringField("Path", path);
    g.writeStringField("DefaultVersionId", version);
    g.writeNumberField("AttachmentCount", attachments.getOrDefault(arn, 0));
    g.writeNumberField("PermissionsBoundaryUsageCount", attachments.getOrDefault("boundary:" + arn, 0));
    g.writeBooleanField("IsAttachable", true);
    g.writeStringField("CreateDate", created);
    g.writeStringField("UpdateDate", updated);
    g.writeArrayFieldStart("PolicyVersionList");
    g.writeStartObject();
    PolicyJson.write(g, "Document", document);
    g.writeStringField("VersionId", version);
    g.writeBooleanField("IsDefaultVersion", true);
    g.writeStringField("CreateDate", updated);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private void inlinePolicies(JsonGenerator g, String field, List<Inline> inline) throws IOException {
    g.writeArrayFieldStart(field);
    for (Inline p : inline) {
      g.writeStartObject();
      g.writeStringField("PolicyName", p.name());
      PolicyJson.write(g, "PolicyDocument", p.document());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void attached(JsonGenerator g, List<String> arns) throws IOException {
    g.writeArrayFieldStart("AttachedManagedPolicies");
    for (String arn : arns) {
      attachments.merge(arn, 1, Integer::sum);
      g.writeStartObject();
      g.writeStringField("PolicyName", arn.substring(arn.lastIndexOf('/') + 1));
      g.writeStringField("PolicyArn", arn);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void boundary(JsonGenerator g, Optional<String> arn) throws IOException {
    if (arn.isPresent()) {
      attachments.merge("boundary:" + arn.get(), 1, Integer::sum);
      g.writeObjectFieldStart("PermissionsBoundary");
      g.writeStringField("PermissionsBoundaryType", "Policy");
      g.writeStringField("PermissionsBoundaryArn", arn.get());
      g.writeEndObject();
    }
  }

  /** The report as {@code aws iam get-credential-report} returns it, base64-decoded. */
  private void credentialReport() throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("credential-report.csv"), StandardCharsets.UTF_8)) {
      w.write(REPORT_HEADER);
      w.write('\n');
      w.write("<root_account>,arn:aws:iam::" + t.accountId + ":root,2025-01-06T09:12:44+00:00,not_supported,"
          + "2026-01-19T07:41:02+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
          + "false,N/A,false,N/A\n");
      for (int i = 0; i < plan.users; i++) {
        User u = plan.user(i);
        Credentials c = u.credentials();
        w.write(u.name() + "," + plan.arn("user", u.path(), u.name()) + "," + u.createDate() + "," + c.passwordEnabled()
            + "," + (c.passwordEnabled() ? orNoInformation(c.passwordLastUsed()) : "N/A") + ","
            + na(c.passwordLastChanged()) + ",N/A," + c.mfaActive() + ","
            + key(c.key1()) + "," + key(c.key2()) + ",false,N/A,false,N/A\n");
      }
    }
  }

  private static String key(AccessKey k) {
    if (!k.active() && k.lastRotated().isEmpty()) {
      return "false,N/A,N/A,N/A,N/A";
    }
    return k.active() + "," + na(k.lastRotated()) + "," + na(k.lastUsed()) + "," + na(k.lastUsedRegion()) + ","
        + na(k.lastUsedService());
  }

  /** The report says {@code no_information} for a password never used since tracking began. */
  private static String orNoInformation(String s) {
    return s.isEmpty() ? "no_information" : s;
  }

  private static String na(String s) {
    return s.isEmpty() ? "N/A" : s;
  }

  private void accountSummary() {
    CliJson.write(dir.resolve("get-account-summary.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("SummaryMap");
      g.writeNumberField("AccountMFAEnabled", 1);
      g.writeNumberField("AccountAccessKeysPresent", 0);
      g.writeNumberField("AccountSigningCertificatesPresent", 0);
      g.writeNumberField("Users", plan.users);
      g.writeNumberField("UsersQuota", 5000);
      g.writeNumberField("Groups", plan.groups);
      g.writeNumberField("GroupsQuota", 300);
      g.writeNumberField("Roles", plan.roles);
      g.writeNumberField("RolesQuota", 5000);
      g.writeNumberField("Policies", plan.policies);
      g.writeNumberField("PoliciesQuota", 1500);
      g.writeNumberField("InstanceProfiles", 15);
      g.writeNumberField("MFADevices", plan.users);
      g.writeNumberField("MFADevicesInUse", plan.users * 85 / 100);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private void passwordPolicy() {
    CliJson.write(dir.resolve("get-account-password-policy.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("PasswordPolicy");
      g.writeNumberField("MinimumPasswordLength", 14);
      g.writeBooleanField("RequireSymbols", true);
      g.writeBooleanField("RequireNumbers", true);
      g.writeBooleanField("RequireUppercaseCharacters", true);
      g.writeBooleanField("RequireLowercaseCharacters", true);
      g.writeBooleanField("AllowUsersToChangePassword", true);
      g.writeBooleanField("ExpirePasswords", false);
      g.writeNumberField("PasswordReusePrevention", 24);
      g.writeBooleanField("HardExpiry", false);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** The root user's virtual device, and one per human user with MFA. */
  private void virtualMfaDevices() {
    CliJson.write(dir.resolve("list-virtual-mfa-devices.json"), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("VirtualMFADevices");
      g.writeStartObject();
      g.writeStringField("SerialNumber", "arn:aws:iam::" + t.accountId + ":mfa/root-account-mfa-device");
      g.writeObjectFieldStart("User");
      g.writeStringField("Path", "/");
      g.writeStringField("UserId", t.accountId);
      g.writeStringField("Arn", "arn:aws:iam::" + t.accountId + ":root");
      g.writeStringField("CreateDate", "2025-01-06T09:12:44+00:00");
      g.writeEndObject();
      g.writeStringField("EnableDate", "2025-01-06T09:20:13+00:00");
      g.writeEndObject();
      for (int i = 0; i < plan.users; i++) {
        User u = plan.user(i);
        if (u.credentials().mfaActive()) {
          g.writeStartObject();
          g.writeStringField("SerialNumber", "arn:aws:iam::" + t.accountId + ":mfa/" + u.name());
          g.writeObjectFieldStart("User");
          g.writeStringField("Path", u.path());
          g.writeStringField("UserName", u.name());
          g.writeStringField("UserId", u.id());
          g.writeStringField("Arn", plan.arn("user", u.path(), u.name()));
          g.writeStringField("CreateDate", u.createDate());
          g.writeEndObject();
          g.writeStringField("EnableDate", u.createDate());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
