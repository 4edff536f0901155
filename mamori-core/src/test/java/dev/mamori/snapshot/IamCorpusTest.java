package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.IamUser;
import dev.mamori.testing.ArrangedSnapshot;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.Loads;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cloudsplaining authorization details, each laid out as {@code global/iam/get-account-authorization-details.json}. */
class IamCorpusTest {
  @TempDir Path tmp;

  private CloudModel load(String name) {
    Path file = Corpus.require("iam/cloudsplaining/test/files/" + name);
    try (ArrangedSnapshot s = new ArrangedSnapshot(tmp.resolve(name))) {
      s.link("global/iam/get-account-authorization-details.json", file);
      return Loads.cleanly(s.root());
    }
  }

  @Test
  void exampleAuthorizationDetailsLoad() {
    CloudModel m = load("example-authz-details.json");
    assertThat(m.users()).extracting(IamUser::name).containsExactly("obama", "userwithlotsofpermissions", "biden");
    assertThat(m.groups()).hasSize(2);
    assertThat(m.roles()).hasSize(3);
    assertThat(m.managedPolicies()).hasSize(32);
    assertThat(m.accountId()).contains("012345678901");
    IamUser obama = m.userNamed("obama").orElseThrow();
    assertThat(obama.groupNames()).containsExactly("admin");
    assertThat(obama.attachedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/AdministratorAccess");
    assertThat(m.roleNamed("MyRole").orElseThrow().inlinePolicies()).extracting(p -> p.name())
        .containsExactly("EC2-IAM-example");
  }

  @Test
  void onlyTheDefaultVersionOfAManagedPolicyCounts() {
    CloudModel m = load("example-authz-details.json");
    var policy = m.managedPolicies().stream().filter(p -> p.name().equals("AWSCodeCommitPowerUser")).findFirst().orElseThrow();
    assertThat(policy.defaultVersionId()).isEqualTo("v11");
    // codeguru-reviewer actions were added in v11; v10 does not have them.
    assertThat(policy.document().orElseThrow().json()).contains("codeguru-reviewer:AssociateRepository");
  }

  @Test
  void secondExampleLoads() {
    CloudModel m = load("example_authz_v2.json");
    assertThat(m.users()).singleElement().extracting(IamUser::name).isEqualTo("BlakeBortles");
    assertThat(m.roles()).hasSize(2);
    assertThat(m.managedPolicies()).hasSize(2);
  }

  @Test
  void aPolicyAttachedButNotInTheSnapshotIsReportedMissing() {
    CloudModel m = load("managed_policy_mismatch.json");
    var group = m.group("anton-test").orElseThrow();
    // The group names the policy's old ARN; the snapshot holds it under its new name.
    assertThat(group.attachedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess");
    assertThat(m.managedPolicy("arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess")).isEmpty();
    assertThat(m.managedPolicy("arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess").orElseThrow().document().orElseThrow()
        .json()).contains("logs:StartQuery");
  }
}
