package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.CloudModel;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.RulePeer;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotReaderTest {
  @TempDir Path tmp;

  @Test
  void readsBatfishFlatLayoutAndInfersRegionFromSubnets() {
    CloudModel m = SnapshotReader.read(Corpus.require("network/batfish-aws-tests/test-nat-gateway"));
    assertThat(m.vpcs()).hasSize(1);
    assertThat(m.subnets()).hasSize(3);
    assertThat(m.regions()).containsExactly("us-east-2");
    assertThat(m.accountId()).contains("554773406868");
    assertThat(m.natGateways()).singleElement().satisfies(n -> assertThat(n.addresses()).isNotEmpty());
    // Interfaces of instances are known even when only describe-instances describes them.
    m.instances().forEach(i -> assertThat(m.networkInterface(i.primaryNetworkInterfaceId().orElseThrow())).isPresent());
  }

  @Test
  void securityGroupRulesKeepEveryKindOfPeer() {
    new SnapshotDir(tmp).file("us-east-1/sg.json", """
        {"SecurityGroups": [{"GroupId": "sg-1", "GroupName": "web", "Description": "d", "VpcId": "vpc-1",
          "OwnerId": "111122223333",
          "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
            "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "https"}],
            "Ipv6Ranges": [{"CidrIpv6": "::/0"}],
            "PrefixListIds": [{"PrefixListId": "pl-1"}],
            "UserIdGroupPairs": [{"GroupId": "sg-2", "UserId": "111122223333"}]}],
          "IpPermissionsEgress": [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}]}
        """);
    CloudModel m = SnapshotReader.read(tmp);
    var g = m.securityGroup("sg-1").orElseThrow();
    assertThat(g.region()).isEqualTo("us-east-1");
    assertThat(g.ingress().get(0).peers()).hasSize(4)
        .hasAtLeastOneElementOfType(RulePeer.GroupPeer.class)
        .hasAtLeastOneElementOfType(RulePeer.PrefixListPeer.class);
    assertThat(g.egress().get(0).protocol().isAll()).isTrue();
    assertThat(m.sourceOf("sg-1")).contains("us-east-1/sg.json");
  }

  @Test
  void malformedJsonNamesFileAndLine() {
    new SnapshotDir(tmp).file("us-east-1/vpcs.json", "{\"Vpcs\": [\n{\"VpcId\": \"vpc-1\",,}\n]}");
    assertThatThrownBy(() -> SnapshotReader.read(tmp))
        .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> {
          InputError err = e.errors().get(0);
          assertThat(err.file()).isEqualTo("us-east-1/vpcs.json");
          assertThat(err.line()).hasValue(2);
          assertThat(err.message()).startsWith("malformed JSON");
        });
  }

  @Test
  void wrongTypeNamesJsonPath() {
    new SnapshotDir(tmp).file("us-east-1/sg.json", """
        {"SecurityGroups": [{"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": "eighty", "ToPort": 80}]}]}
        """);
    assertThatThrownBy(() -> SnapshotReader.read(tmp))
        .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.errors().get(0).toString())
            .isEqualTo("us-east-1/sg.json:1 at $.SecurityGroups[0].IpPermissions[0].FromPort: "
                + "expected an integer, found the string \"eighty\""));
  }

  @Test
  void impossibleValuesAreErrors() {
    new SnapshotDir(tmp)
        .file("us-east-1/sg.json", """
            {"SecurityGroups": [{"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 70000}]}]}
            """)
        .file("us-east-1/acl.json", """
            {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Entries": [
              {"RuleNumber": 0, "Protocol": "-1", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0"}]}]}
            """)
        .file("us-east-1/vpc.json", """
            {"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.300/16"}]}
            """);
    assertThatThrownBy(() -> SnapshotReader.read(tmp))
        .isInstanceOfSatisfying(InvalidSnapshotException.class, e -> assertThat(e.errors())
            .extracting(InputError::toString)
            .containsExactlyInAnyOrder(
                "us-east-1/acl.json:2 at $.NetworkAcls[0].Entries[0].RuleNumber: expected a rule number within 1-32766 (32767/32768 for the final * rule), found 0",
                "us-east-1/sg.json:1 at $.SecurityGroups[0].IpPermissions[0].ToPort: expected a port within 0-65535, found 70000",
                "us-east-1/vpc.json:1 at $.Vpcs[0].CidrBlock: expected a CIDR block such as 10.0.0.0/16 or 2001:db8::/56, found \"10.0.0.300/16\""));
  }

  @Test
  void keepGoingLoadsTheRest() {
    new SnapshotDir(tmp)
        .file("us-east-1/vpc.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}, {\"VpcId\": 5}]}")
        .file("us-east-1/broken.json", "{");
    var result = new SnapshotReader(new SnapshotReader.Options(true, SnapshotReader.ProgressListener.NONE)).load(tmp);
    assertThat(result.model().vpcs()).hasSize(1);
    assertThat(result.errors()).hasSize(2);
  }

  @Test
  void unknownFilesKeysAndFieldsAreWarnings() {
    new SnapshotDir(tmp)
        .file("us-east-1/vpc.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlok\": \"10.0.0.0/16\"}], \"Extra\": 1}")
        .file("us-east-1/notes.yaml", "x: 1")
        .file("us-east-1/things.json", "{\"Things\": []}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.warnings()).extracting(Object::toString).containsExactlyInAnyOrder(
        "us-east-1/vpc.json at $.Vpcs[0].CidrBlok: unknown field, ignored",
        "us-east-1/vpc.json at $.Extra: unknown key, ignored",
        "us-east-1/notes.yaml: not a file Mamori knows (expected AWS CLI JSON output); ignored",
        "us-east-1/things.json: no AWS CLI output key Mamori knows (found Things); file ignored");
  }

  @Test
  void naclEntriesAreSortedAndStarRuleKept() {
    new SnapshotDir(tmp).file("eu-west-1/acl.json", """
        {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "IsDefault": false,
          "Associations": [{"SubnetId": "subnet-1"}],
          "Entries": [
            {"RuleNumber": 32767, "Protocol": "-1", "RuleAction": "deny", "Egress": false, "CidrBlock": "0.0.0.0/0"},
            {"RuleNumber": 100, "Protocol": "6", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0",
             "PortRange": {"From": 22, "To": 22}}]}]}
        """);
    var acl = SnapshotReader.read(tmp).networkAcl("acl-1").orElseThrow();
    assertThat(acl.entries(false)).extracting(NetworkAclEntry::label).containsExactly("100", "*");
    assertThat(acl.entries(false).get(0).ports()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("22"));
  }

  @Test
  void awsErrorFilesOfOutputsWithoutAMeaningForThemAreWarnings() {
    new SnapshotDir(tmp)
        .file("us-east-1/describe-instances.json", "{\"Error\": {\"Code\": \"UnauthorizedOperation\", \"Message\": \"no\"}}")
        .file("global/iam/get-account-summary.json", "{\"Error\": {\"Code\": \"AccessDenied\"}}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.warnings()).extracting(Object::toString).containsExactlyInAnyOrder(
        "us-east-1/describe-instances.json at $.Error.Code: AWS answered UnauthorizedOperation to this call; not collected",
        "global/iam/get-account-summary.json at $.Error.Code: AWS answered AccessDenied to this call; not collected");
    assertThat(m.iam().accountSummary().isCollected()).isFalse();
  }

  @Test
  void anOutputSavedInTheWrongPlaceGetsAWarningSayingWhereItBelongs() {
    new SnapshotDir(tmp).file("us-east-1/iam-get-account-authorization-details.json",
        "{\"UserDetailList\": [], \"GroupDetailList\": [], \"RoleDetailList\": [], \"Policies\": []}");
    assertThat(SnapshotReader.read(tmp).warnings()).extracting(Object::toString).containsExactly(
        "us-east-1/iam-get-account-authorization-details.json: no AWS CLI output key Mamori knows (found UserDetailList, "
            + "GroupDetailList, RoleDetailList, Policies); file ignored; Mamori reads this output from "
            + "global/iam/get-account-authorization-details.json",
        tmp + ": none of the 1 file(s) holds AWS CLI output Mamori reads (such as describe-instances or"
            + " get-account-authorization-details JSON, README \"Snapshot layout\"): nothing here can be evaluated");
  }
}
