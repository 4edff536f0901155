package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code global/organizations/}: the organization, the parent chain account → Production OU
 * → Workloads OU → root, the SCPs attached at each level and their contents. The snapshot's account
 * is a member account, so SCPs apply to it (root user included).
 */
final class OrganizationsWriter {
  /** An SCP: ID, name, description and content; {@code p-FullAWSAccess} is AWS managed. */
  private record Scp(String id, String name, String description, String content) {
    boolean awsManaged() {
      return id.equals("p-FullAWSAccess");
    }
  }

  private final Topology t;
  private final Path dir;
  private final String orgId;
  private final String rootId;
  private final String workloadsOu;
  private final String productionOu;

  OrganizationsWriter(Topology t, Path globalDir) {
    this.t = t;
    this.dir = globalDir.resolve("organizations");
    this.orgId = "o-" + t.ids.alnum("org", 0, 10);
    this.rootId = "r-" + t.ids.alnum("root", 0, 4);
    this.workloadsOu = "ou-" + rootId.substring(2) + "-" + t.ids.alnum("ou", 0, 8);
    this.productionOu = "ou-" + rootId.substring(2) + "-" + t.ids.alnum("ou", 1, 8);
  }

  void write(Tally tally) throws IOException {
    Scp full = new Scp("p-FullAWSAccess", "FullAWSAccess", "Allows access to every operation",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
    Scp noLeaving = scp(0, "DenyLeaveOrganization", "Accounts cannot leave the organization",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoLeaving\",\"Effect\":\"Deny\",\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}");
    Scp regions = scp(1, "RegionRestriction", "Only the regions we operate in",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyOtherRegions\",\"Effect\":\"Deny\",\"NotAction\":[\"iam:*\","
            + "\"organizations:*\",\"sts:*\",\"support:*\",\"cloudfront:*\",\"route53:*\",\"budgets:*\",\"waf:*\"],"
            + "\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:RequestedRegion\":[\"us-east-1\",\"eu-west-1\","
            + "\"ap-northeast-1\"]}}}]}");
    Scp protect = scp(2, "ProtectSecurityServices", "Nobody stops the audit trail",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ProtectTrail\",\"Effect\":\"Deny\",\"Action\":[\"cloudtrail:StopLogging\","
            + "\"cloudtrail:DeleteTrail\",\"guardduty:DeleteDetector\",\"config:StopConfigurationRecorder\","
            + "\"config:DeleteConfigurationRecorder\"],\"Resource\":\"*\"}]}");
    Scp noRoot = scp(3, "DenyRootUser", "The root user of member accounts can do nothing",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyRoot\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:root\"}}}]}");
    organization();
    parents(t.accountId, productionOu, "ORGANIZATIONAL_UNIT");
    parents(productionOu, workloadsOu, "ORGANIZATIONAL_UNIT");
    parents(workloadsOu, rootId, "ROOT");
    attached(rootId, List.of(full, noLeaving));
    attached(workloadsOu, List.of(full, regions));
    attached(productionOu, List.of(full, protect, noRoot));
    attached(t.accountId, List.of(full));
    for (Scp p : List.of(full, noLeaving, regions, protect, noRoot)) {
      describe(p);
    }
    tally.add("organizationPolicies", 5);
  }

  private Scp scp(int k, String name, String description, String content) {
    return new Scp("p-" + t.ids.alnum("scp", k, 8), name, description, content);
  }

  private void organization() {
    CliJson.write(dir.resolve("describe-organization.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("Organization");
      g.writeStringField("Id", orgId);
      g.writeStringField("Arn", "arn:aws:organizations::" + t.managementAccountId + ":organization/" + orgId);
      g.writeStringField("FeatureSet", "ALL");
      g.writeStringField("MasterAccountArn", "arn:aws:organizations::" + t.managementAccountId + ":account/" + orgId + "/"
          + t.managementAccountId);
      g.writeStringField("MasterAccountId", t.managementAccountId);
      g.writeStringField("MasterAccountEmail", "aws-management@synth.example.com");
      g.writeArrayFieldStart("AvailablePolicyTypes");
      g.writeStartObject();
      g.writeStringField("Type", "SERVICE_CONTROL_POLICY");
      g.writeStringField("Status", "ENABLED");
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private void parents(String child, String parent, String type) {
    CliJson.write(dir.resolve("list-parents").resolve(child + ".json"), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("Parents");
      g.writeStartObject();
      g.writeStringField("Id", parent);
      g.writeStringField("Type", type);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private void attached(String target, List<Scp> policies) {
    CliJson.write(dir.resolve("list-policies-for-target").resolve(target + ".json"), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("Policies");
      for (Scp p : policies) {
        summary(g, p);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private void summary(JsonGenerator g, Scp p) throws IOException {
    g.writeStartObject();
    g.writeStringField("Id", p.id());
    g.writeStringField("Arn", p.awsManaged()
        ? "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess"
        : "arn:aws:organizations::" + t.managementAccountId + ":policy/" + orgId + "/service_control_policy/" + p.id());
    g.writeStringField("Name", p.name());
    g.writeStringField("Description", p.description());
    g.writeStringField("Type", "SERVICE_CONTROL_POLICY");
    g.writeBooleanField("AwsManaged", p.awsManaged());
    g.writeEndObject();
  }

  private void describe(Scp p) {
    CliJson.write(dir.resolve("describe-policy").resolve(p.id() + ".json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("Policy");
      g.writeFieldName("PolicySummary");
      summary(g, p);
      g.writeStringField("Content", p.content());
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
