package dev.mamori.generate;

import static dev.mamori.generate.PolicyJson.document;
import static dev.mamori.generate.PolicyJson.statement;

import dev.mamori.generate.IamPlan.AccessKey;
import dev.mamori.generate.IamPlan.Credentials;
import dev.mamori.generate.IamPlan.CustomerPolicy;
import dev.mamori.generate.IamPlan.Group;
import dev.mamori.generate.IamPlan.Inline;
import dev.mamori.generate.IamPlan.Role;
import dev.mamori.generate.IamPlan.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Decides each IAM user, group, role and customer managed policy from its index alone (its own
 * random stream), so that the authorization details and the credential report — written in two
 * passes — agree without holding thousands of principals in memory. Sizes grow with the estate,
 * within IAM's quotas (5,000 users; roles raised to 5,000; 300 groups).
 */
final class IamPlanner {
  static final int MAX_USERS = 5000;
  static final int MAX_ROLES = 5000;
  static final int MAX_GROUPS = 300;
  private static final List<String> EC2_ROLES = ec2RoleNames();
  private static final List<String> FIXED_POLICIES = List.of("developer-boundary", "ci-deploy", "break-glass-admin",
      "s3-app-data-rw", "require-mfa", "kms-decrypt-app");
  private static final int FIXED_ROLES = EC2_ROLES.size() + 5;
  private static final int FIXED_GROUPS = 4;

  private final Topology t;
  final int users;
  final int roles;
  final int groups;
  final int policies;

  IamPlanner(Topology t) {
    this.t = t;
    int n = t.spec.interfaces();
    users = clamp(n / 20, 8, MAX_USERS);
    roles = clamp(n / 20, FIXED_ROLES + 4, MAX_ROLES);
    groups = clamp(n / 500, FIXED_GROUPS + 2, MAX_GROUPS);
    policies = clamp(n / 100, FIXED_POLICIES.size() + EC2_ROLES.size() + 2, 1500);
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }

  private static List<String> ec2RoleNames() {
    List<String> names = new ArrayList<>(List.of("ec2-bastion", "ec2-web", "ec2-data"));
    Names.SERVICES.forEach(s -> names.add("ec2-app-" + s));
    return List.copyOf(names);
  }

  /** The instance profile (named after its role) an instance of this role and service uses. */
  static String instanceProfileFor(String role, String service) {
    return role.equals("app") ? "ec2-app-" + service : "ec2-" + role;
  }

  static String instanceProfileId(Topology t, String profileName) {
    return t.ids.iamUniqueId("AIPA", profileName.hashCode());
  }

  String arn(String kind, String path, String name) {
    return "arn:aws:iam::" + t.accountId + ":" + kind + path + name;
  }

  String policyArn(int i) {
    CustomerPolicy p = policy(i);
    return arn("policy", p.path(), p.name());
  }

  private Random random(String kind, int i) {
    return new Random(t.ids.bits("iam-" + kind, i));
  }

  // ---- Users ------------------------------------------------------------------------------

  User user(int i) {
    Random r = random("user", i);
    boolean human = i < users * 85 / 100;
    String team = Names.team(r.nextInt(Names.TEAMS.size()));
    String name = human ? Names.person(i) : "svc-" + Names.service(i) + "-" + i;
    Instant created = SyntheticTime.between(r, 0, 0.9);
    List<String> groupNames = new ArrayList<>();
    List<String> attached = new ArrayList<>();
    List<Inline> inline = new ArrayList<>();
    Optional<String> boundary = Optional.empty();
    if (human) {
      int roll = r.nextInt(100);
      groupNames.add(roll < 5 ? "Admins" : roll < 75 ? "Developers" : roll < 97 ? "ReadOnly" : "Billing");
      groupNames.add(group(FIXED_GROUPS + r.nextInt(groups - FIXED_GROUPS)).name());
      if (r.nextInt(100) < 8) {
        attached.add(r.nextBoolean() ? AwsManagedPolicies.POWER_USER_ACCESS.arn() : policyArn(3));
      }
      if (r.nextInt(100) < 4) {
        inline.add(new Inline("legacy-s3-access", document(statement("LegacyReports", "Allow",
            "[\"s3:GetObject\",\"s3:ListBucket\"]", "[\"arn:aws:s3:::*-reporting-*\",\"arn:aws:s3:::*-reporting-*/*\"]"))));
      }
      if (groupNames.get(0).equals("Developers") && r.nextInt(100) < 30) {
        boundary = Optional.of(policyArn(0));
      }
    } else {
      attached.add(policyArn(FIXED_POLICIES.size() + EC2_ROLES.size() + r.nextInt(policies - FIXED_POLICIES.size()
          - EC2_ROLES.size())));
    }
    return new User(name, t.ids.iamUniqueId("AIDA", i), human ? "/" : "/service/", SyntheticTime.seconds(created),
        groupNames, attached, inline, boundary, credentials(r, human, created), team);
  }

  private Credentials credentials(Random r, boolean human, Instant created) {
    if (!human) {
      AccessKey key = new AccessKey(true, SyntheticTime.report(SyntheticTime.between(r, 0, 0.9)),
          r.nextInt(10) == 0 ? "" : SyntheticTime.report(SyntheticTime.between(r, 0.9, 1)), "us-east-1", "s3");
      return new Credentials(false, "", "", false, key, AccessKey.NONE);
    }
    int use = r.nextInt(100);
    String lastUsed = use < 85 ? SyntheticTime.report(SyntheticTime.between(r, 0.93, 1))
        : use < 95 ? SyntheticTime.report(SyntheticTime.between(r, 0.5, 0.8)) : "";
    AccessKey key1 = r.nextInt(100) < 30
        ? new AccessKey(true, SyntheticTime.report(SyntheticTime.between(r, 0.1, 0.95)),
            SyntheticTime.report(SyntheticTime.between(r, 0.95, 1)), "eu-west-1", "sts")
        : AccessKey.NONE;
    AccessKey key2 = key1.active() && r.nextInt(100) < 15
        ? new AccessKey(true, SyntheticTime.report(SyntheticTime.between(r, 0.5, 0.95)), "", "", "")
        : AccessKey.NONE;
    return new Credentials(true, lastUsed, SyntheticTime.report(created.plusSeconds(3600L * r.nextInt(2000))),
        r.nextInt(100) < 85, key1, key2);
  }

  // ---- Groups -----------------------------------------------------------------------------

  Group group(int i) {
    Random r = random("group", i);
    String created = SyntheticTime.seconds(SyntheticTime.between(r, 0, 0.2));
    return switch (i) {
      case 0 -> new Group("Admins", t.ids.iamUniqueId("AGPA", i), "/", created,
          List.of(AwsManagedPolicies.ADMINISTRATOR_ACCESS.arn()), List.of());
      case 1 -> new Group("Developers", t.ids.iamUniqueId("AGPA", i), "/", created,
          List.of(AwsManagedPolicies.POWER_USER_ACCESS.arn(), AwsManagedPolicies.CHANGE_PASSWORD.arn(), policyArn(4)),
          List.of());
      case 2 -> new Group("ReadOnly", t.ids.iamUniqueId("AGPA", i), "/", created,
          List.of(AwsManagedPolicies.EC2_READ_ONLY.arn(), AwsManagedPolicies.S3_READ_ONLY.arn()), List.of());
      case 3 -> new Group("Billing", t.ids.iamUniqueId("AGPA", i), "/", created, List.of(), List.of(new Inline("billing",
          document(statement("Billing", "Allow", "[\"aws-portal:View*\",\"ce:Get*\",\"budgets:View*\"]", "\"*\"")))));
      default -> new Group("team-" + Names.team(i) + "-" + i, t.ids.iamUniqueId("AGPA", i), "/teams/", created,
          List.of(policyArn(teamPolicyIndex(r))), List.of());
    };
  }

  private int teamPolicyIndex(Random r) {
    int first = FIXED_POLICIES.size() + EC2_ROLES.size();
    return first + r.nextInt(policies - first);
  }

  // ---- Roles ------------------------------------------------------------------------------

  Role role(int i) {
    Random r = random("role", i);
    String created = SyntheticTime.seconds(SyntheticTime.between(r, 0, 0.5));
    Optional<String> lastUsed = Optional.of(SyntheticTime.seconds(SyntheticTime.between(r, 0.97, 1)));
    String id = t.ids.iamUniqueId("AROA", i);
    if (i < EC2_ROLES.size()) {
      String name = EC2_ROLES.get(i);
      List<String> attached = new ArrayList<>(List.of(AwsManagedPolicies.SSM_CORE.arn()));
      attached.add(policyArn(FIXED_POLICIES.size() + i));
      return new Role(name, id, "/", created, trust("\"Service\":\"ec2.amazonaws.com\"", "sts:AssumeRole", ""), attached,
          List.of(), Optional.empty(), true, lastUsed, "us-east-1", "Instance role for " + name.substring(4) + " instances");
    }
    return switch (i - EC2_ROLES.size()) {
      case 0 -> new Role("OrganizationAccountAccessRole", id, "/", created,
          trust("\"AWS\":\"arn:aws:iam::" + t.managementAccountId + ":root\"", "sts:AssumeRole", ""),
          List.of(AwsManagedPolicies.ADMINISTRATOR_ACCESS.arn()), List.of(), Optional.empty(), false, lastUsed, "us-east-1", "");
      case 1 -> new Role("AWSServiceRoleForRDS", id, "/aws-service-role/rds.amazonaws.com/", created,
          trust("\"Service\":\"rds.amazonaws.com\"", "sts:AssumeRole", ""), List.of(AwsManagedPolicies.RDS_SERVICE_ROLE.arn()),
          List.of(), Optional.empty(), false, lastUsed, "eu-west-1",
          "Allows Amazon RDS to manage AWS resources on your behalf");
      case 2 -> new Role("s3-replication", id, "/service-role/", created,
          trust("\"Service\":\"s3.amazonaws.com\"", "sts:AssumeRole", ""), List.of(),
          List.of(new Inline("replicate", document(
              statement("Read", "Allow", "[\"s3:GetReplicationConfiguration\",\"s3:ListBucket\",\"s3:GetObjectVersionForReplication\",\"s3:GetObjectVersionAcl\"]", "\"arn:aws:s3:::*\""),
              statement("Write", "Allow", "[\"s3:ReplicateObject\",\"s3:ReplicateDelete\",\"s3:ReplicateTags\"]", "\"arn:aws:s3:::*-replica-*/*\"")))),
          Optional.empty(), false, lastUsed, "us-east-1", "S3 cross-region replication");
      case 3 -> new Role("github-actions-deploy", id, "/", created, githubTrust(), List.of(policyArn(1)), List.of(),
          Optional.empty(), false, lastUsed, "us-east-1", "Deployments from GitHub Actions");
      case 4 -> new Role("okta-admin", id, "/", created, samlTrust(), List.of(AwsManagedPolicies.ADMINISTRATOR_ACCESS.arn()),
          List.of(), Optional.empty(), false, lastUsed, "us-east-1", "Administrators signing in through Okta");
      default -> serviceRole(i, id, created, r);
    };
  }

  private Role serviceRole(int i, String id, String created, Random r) {
    boolean lambda = r.nextBoolean();
    String service = Names.service(i);
    Optional<String> lastUsed = r.nextInt(10) == 0 ? Optional.empty()
        : Optional.of(SyntheticTime.seconds(SyntheticTime.between(r, 0.6, 1)));
    List<Inline> inline = r.nextInt(3) == 0
        ? List.of(new Inline("queue-access", document(statement("Queue", "Allow",
            "[\"sqs:SendMessage\",\"sqs:ReceiveMessage\",\"sqs:DeleteMessage\"]",
            "\"arn:aws:sqs:*:" + t.accountId + ":" + service + "-*\""))))
        : List.of();
    return new Role("svc-" + service + "-" + i, id, "/service/", created,
        trust("\"Service\":\"" + (lambda ? "lambda" : "ecs-tasks") + ".amazonaws.com\"", "sts:AssumeRole", ""),
        List.of(policyArn(teamPolicyIndex(r))), inline, r.nextInt(5) == 0 ? Optional.of(policyArn(0)) : Optional.empty(),
        false, lastUsed, Topology.REGIONS.get(r.nextInt(Topology.REGIONS.size())),
        (lambda ? "Lambda function" : "ECS task") + " of " + service);
  }

  private static String trust(String principal, String action, String condition) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{" + principal + "},\"Action\":\""
        + action + "\"" + condition + "}]}";
  }

  private String githubTrust() {
    return trust("\"Federated\":\"arn:aws:iam::" + t.accountId + ":oidc-provider/token.actions.githubusercontent.com\"",
        "sts:AssumeRoleWithWebIdentity",
        ",\"Condition\":{\"StringEquals\":{\"token.actions.githubusercontent.com:aud\":\"sts.amazonaws.com\"},"
            + "\"StringLike\":{\"token.actions.githubusercontent.com:sub\":\"repo:synth-co/*:ref:refs/heads/main\"}}");
  }

  private String samlTrust() {
    return trust("\"Federated\":\"arn:aws:iam::" + t.accountId + ":saml-provider/Okta\"", "sts:AssumeRoleWithSAML",
        ",\"Condition\":{\"StringEquals\":{\"SAML:aud\":\"https://signin.aws.amazon.com/saml\"}}");
  }

  // ---- Customer managed policies ----------------------------------------------------------

  CustomerPolicy policy(int i) {
    Random r = random("policy", i);
    Instant created = SyntheticTime.between(r, 0, 0.6);
    String createDate = SyntheticTime.seconds(created);
    String updateDate = SyntheticTime.seconds(created.plusSeconds(86_400L * r.nextInt(200)));
    String id = t.ids.iamUniqueId("ANPA", i);
    if (i < FIXED_POLICIES.size()) {
      String name = FIXED_POLICIES.get(i);
      return new CustomerPolicy(name, id, i == 0 ? "/boundaries/" : "/", createDate, updateDate, fixedDocument(i));
    }
    if (i < FIXED_POLICIES.size() + EC2_ROLES.size()) {
      String role = EC2_ROLES.get(i - FIXED_POLICIES.size());
      String app = role.substring(4);
      return new CustomerPolicy(role, id, "/", createDate, updateDate, document(
          statement("Parameters", "Allow", "[\"ssm:GetParameter\",\"ssm:GetParameters\",\"ssm:GetParametersByPath\"]",
              "\"arn:aws:ssm:*:" + t.accountId + ":parameter/" + app + "/*\""),
          statement("Secrets", "Allow", "\"secretsmanager:GetSecretValue\"",
              "\"arn:aws:secretsmanager:*:" + t.accountId + ":secret:" + app + "/*\""),
          statement("Artifacts", "Allow", "[\"s3:GetObject\"]", "\"arn:aws:s3:::synth-" + t.accountId + "-artifacts/" + app + "/*\"")));
    }
    String team = Names.team(i);
    String service = Names.service(i / Names.TEAMS.size());
    String doc = switch (r.nextInt(4)) {
      case 0 -> document(statement("Table", "Allow", "[\"dynamodb:GetItem\",\"dynamodb:PutItem\",\"dynamodb:Query\",\"dynamodb:UpdateItem\"]",
          "\"arn:aws:dynamodb:*:" + t.accountId + ":table/" + service + "-*\""));
      case 1 -> document(statement("Invoke", "Allow", "\"lambda:InvokeFunction\"",
          "\"arn:aws:lambda:*:" + t.accountId + ":function:" + service + "-*\""),
          statement("Logs", "Allow", "[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]", "\"*\""));
      case 2 -> document(statement("Bucket", "Allow", "[\"s3:GetObject\",\"s3:PutObject\"]",
          "\"arn:aws:s3:::synth-" + t.accountId + "-" + service + "-*/*\""),
          statement("Kms", "Allow", "[\"kms:Decrypt\",\"kms:GenerateDataKey\"]", "\"*\""));
      default -> document(statement("Events", "Allow", "[\"events:PutEvents\",\"sns:Publish\"]", "\"*\""));
    };
    return new CustomerPolicy("team-" + team + "-" + service + "-" + i, id, "/teams/", createDate, updateDate, doc);
  }

  private String fixedDocument(int i) {
    return switch (i) {
      case 0 -> document(statement("AllowMostThings", "Allow", "\"*\"", "\"*\""),
          statement("NoIdentityAdmin", "Deny", "[\"iam:CreateUser\",\"iam:CreateAccessKey\",\"iam:AttachUserPolicy\","
              + "\"iam:PutUserPolicy\",\"iam:DeleteUserPermissionsBoundary\",\"iam:DeleteRolePermissionsBoundary\","
              + "\"organizations:*\",\"account:*\"]", "\"*\""));
      case 1 -> document(statement("Deploy", "Allow", "[\"cloudformation:*\",\"ecs:UpdateService\",\"ecs:RegisterTaskDefinition\","
          + "\"ecr:*\"]", "\"*\""),
          statement("PassServiceRoles", "Allow", "\"iam:PassRole\"", "\"arn:aws:iam::" + t.accountId + ":role/service/*\""));
      case 2 -> document(statement("BreakGlass", "Allow", "\"*\"", "\"*\""));
      case 3 -> document(statement("AppData", "Allow", "[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\"]",
          "\"arn:aws:s3:::synth-" + t.accountId + "-*/*\""),
          statement("List", "Allow", "\"s3:ListBucket\"", "\"arn:aws:s3:::synth-" + t.accountId + "-*\""));
      case 4 -> "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyAllExceptMfaSetupWithoutMFA\",\"Effect\":\"Deny\","
          + "\"NotAction\":[\"iam:CreateVirtualMFADevice\",\"iam:EnableMFADevice\",\"iam:GetUser\",\"iam:ListMFADevices\","
          + "\"iam:ListVirtualMFADevices\",\"iam:ResyncMFADevice\",\"sts:GetSessionToken\",\"iam:ChangePassword\"],"
          + "\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}";
      default -> document("{\"Sid\":\"DecryptThroughS3\",\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\",\"kms:GenerateDataKey\"],"
          + "\"Resource\":\"arn:aws:kms:*:" + t.accountId + ":key/*\",\"Condition\":{\"StringLike\":{\"kms:ViaService\":\"s3.*.amazonaws.com\"}}}");
    };
  }
}
