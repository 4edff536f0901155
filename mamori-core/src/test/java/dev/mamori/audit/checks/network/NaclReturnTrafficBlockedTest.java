package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static dev.mamori.audit.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.testing.NetworkFixture;
import org.junit.jupiter.api.Test;

class NaclReturnTrafficBlockedTest {
  private final NaclReturnTrafficBlocked check = new NaclReturnTrafficBlocked();

  @Test
  void httpsInWithRepliesOnlyToLinuxPortsFailsWithTheRulesOnBothSides() {
    NetworkFixture f = Networks.publicSubnet();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "32768-65535", "0.0.0.0/0");
    CheckResult r = resultFor(check, f.build(), "acl-1");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("acl-1 lets in traffic whose replies its outbound rules drop: tcp 443 from 0.0.0.0/0"
        + " (replies to client ports 1024-32767 dropped)");
    Explanation.NetworkTrace trace = (Explanation.NetworkTrace) r.explanation();
    assertThat(trace.flows()).singleElement().satisfies(flow -> {
      assertThat(flow.flow()).contains("e.g. tcp 0.0.0.1:1024 -> 10.0.1.1:443");
      assertThat(flow.hops()).extracting(Explanation.NetworkTrace.Hop::direction, Explanation.NetworkTrace.Hop::decision,
          Explanation.NetworkTrace.Hop::rule).containsExactly(
              org.assertj.core.groups.Tuple.tuple("ingress", "ALLOWED", "100"),
              org.assertj.core.groups.Tuple.tuple("egress", "DENIED", "32767"));
    });
    assertThat(r.remediationOverride().orElseThrow()).isEqualTo("aws ec2 create-network-acl-entry --network-acl-id {resource}"
        + " --region {region} --egress --rule-number 110 --protocol tcp --port-range From=1024,To=65535"
        + " --cidr-block 0.0.0.0/0 --rule-action allow");
  }

  @Test
  void repliesToEveryClientPortPass() {
    NetworkFixture f = Networks.publicSubnet();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    assertThat(resultFor(check, f.build(), "acl-1").status()).isEqualTo(Status.PASS);
  }

  @Test
  void anAclNoSubnetUsesIsNotJudged() {
    NetworkFixture f = Networks.publicSubnet();
    f.networkAcl("acl-spare", "vpc-1").inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0");
    assertThat(run(check, f.build())).extracting(CheckResult::resource).containsExactly("acl-default");
  }
}
