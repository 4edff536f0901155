package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachCommandTest {
  @TempDir Path tmp;

  @Test
  void jsonFollowsTheContract() throws Exception {
    Cli.Run run = Cli.run("reach", NetSnapshot.write(tmp).toString(), "--from", "8.8.8.8", "--to", "i-1",
        "--protocol", "tcp", "--port", "22", "--format", "json", "-q");
    assertThat(run.exitCode()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.get("verdict").asText()).isEqualTo("ALLOWED");
    assertThat(doc.get("blockedBy").isNull()).isTrue();
    assertThat(doc.get("forward")).isNotEmpty();
    for (JsonNode hop : doc.get("forward")) {
      assertThat(hop.has("kind") && hop.has("id") && hop.has("direction") && hop.has("decision") && hop.has("rule")).isTrue();
    }
    JsonNode sg = doc.at("/forward/3");
    assertThat(sg.get("kind").asText()).isEqualTo("security-group");
    assertThat(sg.at("/rule/groupName").asText()).isEqualTo("admin");
    assertThat(sg.at("/rule/cidr").asText()).isEqualTo("0.0.0.0/0");
    assertThat(sg.at("/rule/fromPort").asInt()).isEqualTo(22);
    assertThat(sg.at("/rule/description").asText()).isEqualTo("temporary");
    assertThat(doc.at("/forward/2/rule").asInt()).as("a NACL rule is its number").isEqualTo(100);
    assertThat(doc.get("return")).isNotEmpty();
  }

  @Test
  void aReplyDroppedByTheAclIsBlockedOnTheReturnPath() throws Exception {
    Cli.Run run = Cli.run("reach", NetSnapshot.write(tmp).toString(), "--from", "8.8.8.8", "--to", "54.0.0.10",
        "--protocol", "tcp", "--port", "22", "--src-port", "1500", "--format", "json", "-q");
    JsonNode blocked = Json.MAPPER.readTree(run.out()).get("blockedBy");
    assertThat(blocked.get("kind").asText()).isEqualTo("network-acl");
    assertThat(blocked.get("id").asText()).isEqualTo("acl-1");
    assertThat(blocked.get("direction").asText()).isEqualTo("egress");
    assertThat(blocked.get("path").asText()).isEqualTo("return");
    assertThat(blocked.get("rule").asInt()).isEqualTo(32767);
  }

  @Test
  void textQuotesTheDecidingRules() {
    Cli.Run run = Cli.run("reach", NetSnapshot.write(tmp).toString(), "--from", "internet", "--to", "eni-1",
        "--protocol", "tcp", "--port", "3389", "-q");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("DENIED by network-acl acl-1 (ingress, forward path)")
        .contains("rule * (32767) deny all traffic");
  }

  @Test
  void usageAndInputErrorsHaveTheirExitCodes() {
    Path snapshot = NetSnapshot.write(tmp);
    Cli.Run noPort = Cli.run("reach", snapshot.toString(), "--from", "internet", "--to", "eni-1", "--protocol", "tcp", "-q");
    assertThat(noPort.exitCode()).isEqualTo(2);
    assertThat(noPort.err()).contains("--port is required");
    Cli.Run badProtocol = Cli.run("reach", snapshot.toString(), "--from", "internet", "--to", "eni-1", "--protocol",
        "bogus", "-q");
    assertThat(badProtocol.exitCode()).isEqualTo(2);
    Cli.Run unknown = Cli.run("reach", snapshot.toString(), "--from", "internet", "--to", "eni-9", "--protocol", "icmp", "-q");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.err()).contains("eni-9").doesNotContain("at dev.");
    Cli.Run outside = Cli.run("reach", snapshot.toString(), "--from", "internet", "--to", "8.8.8.8", "--protocol", "icmp",
        "-q");
    assertThat(outside.exitCode()).isEqualTo(3);
    assertThat(outside.err()).contains("one end of the flow must be");
  }
}
