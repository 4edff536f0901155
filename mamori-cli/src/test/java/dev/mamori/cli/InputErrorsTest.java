package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of bad input: exit code 3, one line on stderr naming the file, the line, the JSON path
 * (or CSV column) and what was expected, and no stack trace.
 */
class InputErrorsTest {
  @TempDir Path tmp;

  private void assertRejected(String expectedError) {
    Cli.Run run = Cli.run("inventory", tmp.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().lines()).contains("error: " + expectedError);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anEmptyDirectoryIsNoSnapshot() {
    // An audit of nothing would read as "nothing wrong": most likely the wrong directory was given.
    assertRejected(tmp + ": the directory holds no files; expected AWS CLI JSON output (README, \"Snapshot layout\")");
  }

  @Test
  void aDirectoryOfFilesMamoriDoesNotReadIsSaidToBeSoInTheAudit() {
    new SnapshotDir(tmp).file("notes.json", "{\"Foo\": []}");
    Cli.Run run = Cli.run("audit", tmp.toString(), "--quiet");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 load warning(s): files or fields Mamori ignored:")
        .contains("notes.json: no AWS CLI output key Mamori knows (found Foo); file ignored")
        .contains(tmp + ": none of the 1 file(s) holds AWS CLI output Mamori reads")
        .contains("nothing here can be evaluated");
    Cli.Run json = Cli.run("audit", tmp.toString(), "--quiet", "--format", "json");
    assertThat(json.out()).contains("\"warnings\" : 2,").contains("\"loadWarnings\" : [ {")
        .contains("\"file\" : \"notes.json\"")
        .contains("\"message\" : \"no AWS CLI output key Mamori knows (found Foo); file ignored\"");
  }

  @Test
  void malformedJson() {
    new SnapshotDir(tmp).file("us-east-1/vpcs.json", "{\"Vpcs\": [\n  {\"VpcId\": \"vpc-1\",,}\n]}");
    assertRejected("us-east-1/vpcs.json:2: malformed JSON: Unexpected character (',' (code 44)): "
        + "was expecting double-quote to start field name");
  }

  @Test
  void wrongType() {
    new SnapshotDir(tmp).file("us-east-1/subnets.json", "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": [\"vpc-1\"]}]}");
    assertRejected("us-east-1/subnets.json:1 at $.Subnets[0].VpcId: expected a string, found an array");
  }

  @Test
  void badCidr() {
    new SnapshotDir(tmp).file("us-east-1/sg.json", """
        {"SecurityGroups": [{"GroupId": "sg-1", "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
          "IpRanges": [{"CidrIp": "10.0.0.0/40"}]}]}]}
        """);
    assertRejected("us-east-1/sg.json:2 at $.SecurityGroups[0].IpPermissions[0].IpRanges[0].CidrIp: "
        + "expected a CIDR block such as 10.0.0.0/16 or 2001:db8::/56, found \"10.0.0.0/40\"");
  }

  @Test
  void portOutOfRange() {
    new SnapshotDir(tmp).file("us-east-1/acl.json", """
        {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Entries": [
          {"RuleNumber": 100, "Protocol": "6", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0",
           "PortRange": {"From": 22, "To": 70000}}]}]}
        """);
    assertRejected("us-east-1/acl.json:3 at $.NetworkAcls[0].Entries[0].PortRange.To: "
        + "expected a port within 0-65535, found 70000");
  }

  @Test
  void ruleNumberZero() {
    new SnapshotDir(tmp).file("us-east-1/acl.json", """
        {"NetworkAcls": [{"NetworkAclId": "acl-1", "VpcId": "vpc-1", "Entries": [
          {"RuleNumber": 0, "Protocol": "-1", "RuleAction": "allow", "Egress": false, "CidrBlock": "0.0.0.0/0"}]}]}
        """);
    assertRejected("us-east-1/acl.json:2 at $.NetworkAcls[0].Entries[0].RuleNumber: "
        + "expected a rule number within 1-32766 (32767/32768 for the final * rule), found 0");
  }

  @Test
  void badDate() {
    new SnapshotDir(tmp).file("us-east-1/volumes.json",
        "{\"Volumes\": [{\"VolumeId\": \"vol-1\", \"CreateTime\": \"yesterday\"}]}");
    assertRejected("us-east-1/volumes.json:1 at $.Volumes[0].CreateTime: "
        + "expected an ISO-8601 date and time, found \"yesterday\"");
  }

  @Test
  void badBase64() {
    new SnapshotDir(tmp).file("global/iam/get-credential-report.json", "{\n  \"Content\": \"dXNlcixhcm4=!!\"\n}");
    assertRejected("global/iam/get-credential-report.json:2 at $.Content: expected the report as base64 or as CSV "
        + "text starting with \"user,\": bad base64 (Input byte array has incorrect ending byte at 12)");
  }

  @Test
  void badUrlEncoding() {
    new SnapshotDir(tmp).file("global/iam/get-account-authorization-details.json", """
        {"UserDetailList": [{"UserName": "a", "UserId": "AIDA1", "Arn": "arn:aws:iam::111122223333:user/a",
          "UserPolicyList": [{"PolicyName": "p", "PolicyDocument": "%7B%22Version%22%3A%2"}]}]}
        """);
    assertRejected("global/iam/get-account-authorization-details.json:2 at $.UserDetailList[0].UserPolicyList[0]"
        + ".PolicyDocument: bad URL encoding: \"%2\" at character 20 is not a %XX escape");
  }

  @Test
  void policyStringThatIsNotJson() {
    new SnapshotDir(tmp).file("global/s3/logs/get-bucket-policy.json", "{\"Policy\": \"allow all\"}");
    assertRejected("global/s3/logs/get-bucket-policy.json:1 at $.Policy: the policy is not valid JSON: "
        + "Unrecognized token 'allow': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or "
        + "'false') (line 1, column 1 of the policy)");
  }

  @Test
  void badCsvValue() {
    new SnapshotDir(tmp).file("global/iam/credential-report.csv",
        "user,arn,mfa_active\n<root_account>,arn:aws:iam::111122223333:root,maybe\n");
    assertRejected("global/iam/credential-report.csv:2 at mfa_active: expected true, false or not_supported, "
        + "found \"maybe\"");
  }

  @Test
  void everyErrorIsReportedAndKeepGoingLoadsTheRest() throws Exception {
    new SnapshotDir(tmp)
        .file("us-east-1/vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}]}")
        .file("us-east-1/volumes.json", "{\"Volumes\": [{\"VolumeId\": \"vol-1\", \"CreateTime\": \"yesterday\"},"
            + " {\"VolumeId\": \"vol-2\"}]}")
        .file("global/s3/logs/get-bucket-policy.json", "{\"Policy\": \"allow all\"}")
        .file("global/s3/list-buckets.json", "{\"Buckets\": [{\"Name\": \"logs\"}, {\"Name\": \"data\"}]}");
    Cli.Run failing = Cli.run("inventory", tmp.toString());
    assertThat(failing.exitCode()).isEqualTo(3);
    assertThat(failing.err().lines().filter(l -> l.startsWith("error: "))).hasSize(2);

    Cli.Run run = Cli.run("inventory", tmp.toString(), "--keep-going", "--format", "json");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.at("/counts/vpcs").asInt()).isEqualTo(1);
    assertThat(doc.at("/counts/volumes").asInt()).isEqualTo(1);
    assertThat(doc.at("/counts/buckets").asInt()).isEqualTo(2);
    assertThat(doc.get("errors")).extracting(e -> e.get("file").asText())
        .containsExactlyInAnyOrder("us-east-1/volumes.json", "global/s3/logs/get-bucket-policy.json");
  }
}
