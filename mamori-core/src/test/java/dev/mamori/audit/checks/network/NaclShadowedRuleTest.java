package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.testing.NetworkFixture;
import org.junit.jupiter.api.Test;

class NaclShadowedRuleTest {
  private final NaclShadowedRule check = new NaclShadowedRule();

  @Test
  void aDenyBehindABroaderAllowFailsNamingBothRules() {
    NetworkFixture f = Networks.publicSubnet();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0")
        .inbound(110, RuleAction.DENY, IpProtocol.TCP, "3389", "45.33.32.0/24");
    CheckResult r = resultFor(check, f.build(), "acl-1");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("inbound rule 110 never matches: rule 100 decide its traffic differently (deny is never applied)");
    Explanation.NetworkTrace trace = (Explanation.NetworkTrace) r.explanation();
    assertThat(trace.flows()).singleElement().satisfies(flow -> {
      assertThat(flow.flow()).endsWith("acl-1 rule 110 deny tcp 3389 from 45.33.32.0/24");
      assertThat(flow.hops()).extracting(Explanation.NetworkTrace.Hop::rule).containsExactly("100");
    });
    assertThat(r.remediationOverride().orElseThrow())
        .startsWith("aws ec2 delete-network-acl-entry --network-acl-id {resource} --region {region} --ingress --rule-number 110");
  }

  @Test
  void theDenyBeforeTheAllowPasses() {
    NetworkFixture f = Networks.publicSubnet();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(90, RuleAction.DENY, IpProtocol.TCP, "3389", "45.33.32.0/24")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    assertThat(resultFor(check, f.build(), "acl-1").status()).isEqualTo(Status.PASS);
  }
}
