package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.OrganizationPolicy;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** describe-organization, list-parents, list-policies-for-target, describe-policy. */
class OrganizationReadersTest {
  private static final String ORG = "111122223333/global/organizations/";

  @TempDir Path tmp;

  @Test
  void chainFromTheAccountToTheRootWithItsPolicies() {
    new SnapshotDir(tmp)
        .file(ORG + "describe-organization.json", """
            {"Organization": {"Id": "o-abc", "Arn": "arn:aws:organizations::999988887777:organization/o-abc",
              "FeatureSet": "ALL", "MasterAccountArn": "arn:aws:organizations::999988887777:account/o-abc/999988887777",
              "MasterAccountId": "999988887777", "MasterAccountEmail": "root@example.com",
              "AvailablePolicyTypes": [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}]}}
            """)
        .file(ORG + "list-parents/111122223333.json", "{\"Parents\": [{\"Id\": \"ou-ab12-workloads\", \"Type\": \"ORGANIZATIONAL_UNIT\"}]}")
        .file(ORG + "list-parents/ou-ab12-workloads.json", "{\"Parents\": [{\"Id\": \"r-ab12\", \"Type\": \"ROOT\"}]}")
        .file(ORG + "list-policies-for-target/r-ab12.json", """
            {"Policies": [{"Id": "p-FullAWSAccess", "Arn": "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess",
              "Name": "FullAWSAccess", "Description": "Allows access to every operation", "Type": "SERVICE_CONTROL_POLICY",
              "AwsManaged": true}]}
            """)
        .file(ORG + "list-policies-for-target/ou-ab12-workloads.json",
            "{\"Policies\": [{\"Id\": \"p-deny\", \"Type\": \"SERVICE_CONTROL_POLICY\"}]}")
        .file(ORG + "list-policies-for-target/ou-ab12-workloads.rcp.json",
            "{\"Policies\": [{\"Id\": \"p-rcp\", \"Type\": \"RESOURCE_CONTROL_POLICY\"}]}")
        .file(ORG + "describe-policy/p-FullAWSAccess.json", policy("p-FullAWSAccess", "SERVICE_CONTROL_POLICY", true))
        .file(ORG + "describe-policy/p-deny.json", policy("p-deny", "SERVICE_CONTROL_POLICY", false))
        .file(ORG + "describe-policy/p-rcp.json", policy("p-rcp", "RESOURCE_CONTROL_POLICY", false));
    CloudModel m = SnapshotReader.read(tmp);
    var orgs = m.organizations();
    assertThat(orgs.isManagementAccount("111122223333")).isFalse();
    assertThat(orgs.pathFromRoot("111122223333")).containsExactly("r-ab12", "ou-ab12-workloads", "111122223333");
    assertThat(orgs.pathIsComplete("111122223333")).isTrue();
    assertThat(orgs.policiesAttachedTo("ou-ab12-workloads", OrganizationPolicy.SERVICE_CONTROL_POLICY))
        .extracting(OrganizationPolicy::id).containsExactly("p-deny");
    assertThat(orgs.policiesAttachedTo("ou-ab12-workloads", OrganizationPolicy.RESOURCE_CONTROL_POLICY))
        .singleElement().satisfies(p -> assertThat(p.content().json()).contains("\"Deny\""));
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void noOrganizationIsConfirmedAbsent() {
    new SnapshotDir(tmp).file(ORG + "describe-organization.json",
        "{\"Error\": {\"Code\": \"AWSOrganizationsNotInUseException\"}}");
    assertThat(SnapshotReader.read(tmp).organizations().organization().isConfirmedAbsent()).isTrue();
  }

  @Test
  void attachedPolicyWithoutContentIsAWarning() {
    new SnapshotDir(tmp).file(ORG + "list-policies-for-target/r-ab12.json", "{\"Policies\": [{\"Id\": \"p-1\"}]}");
    assertThat(SnapshotReader.read(tmp).warnings()).extracting(Object::toString).containsExactly(ORG
        + "list-policies-for-target/r-ab12.json: policy p-1 is attached to r-ab12 but has no describe-policy file; "
        + "its content is not collected");
  }

  private static String policy(String id, String type, boolean awsManaged) {
    return """
        {"Policy": {"PolicySummary": {"Id": "%s", "Arn": "arn:aws:organizations::999988887777:policy/o-abc/x/%s",
           "Name": "%s", "Description": "", "Type": "%s", "AwsManaged": %s},
         "Content": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Deny\\",\\"Action\\":\\"*\\",\\"Resource\\":\\"*\\"}]}"}}
        """.formatted(id, id, id, type, awsManaged);
  }
}
