package dev.mamori.net.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.net.IntRange;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network checks' logic, each with a failing and a passing fixture. */
class NetworkChecksTest {

  private static NetworkFixture vpc() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24");
    f.routeTable("rtb", "vpc-1", true).route("0.0.0.0/0", "igw-1");
    f.defaultNetworkAcl("acl-default", "vpc-1");
    return f;
  }

  @Test
  void shadowedRulesAreFoundWithTheRulesThatCoverThem() {
    NetworkFixture f = vpc();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "0-65535", "0.0.0.0/0")
        .inbound(110, RuleAction.DENY, IpProtocol.TCP, "22", "8.8.8.0/24")
        .inbound(120, RuleAction.ALLOW, IpProtocol.UDP, "53", "10.0.0.0/8")
        .inbound(130, RuleAction.ALLOW, IpProtocol.UDP, "53", "10.1.0.0/16")
        .inbound(140, RuleAction.ALLOW, IpProtocol.UDP, "53", "::/0");
    List<ShadowedNaclRules.Shadowed> found = ShadowedNaclRules.find(NetworkTopology.of(f.build()));
    assertThat(found).extracting(s -> s.entry().ruleNumber()).containsExactly(110, 130);
    ShadowedNaclRules.Shadowed conflicting = found.get(0);
    assertThat(conflicting.sameAction()).isFalse();
    assertThat(conflicting.message()).isEqualTo(
        "inbound rule 110 never matches: rule 100 decide its traffic differently (deny is never applied)");
    assertThat(found.get(1).sameAction()).isTrue();
    assertThat(found.get(1).coveredBy()).extracting(e -> e.ruleNumber()).containsExactly(120);
    assertThat(ShadowedNaclRules.evaluate(NetworkTopology.of(f.build())))
        .filteredOn(r -> r.resource().equals("acl-1")).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.FAIL));
  }

  @Test
  void theDefaultAclAndItsStarRulesAreNotShadowed() {
    NetworkFixture f = vpc();
    assertThat(ShadowedNaclRules.find(NetworkTopology.of(f.build()))).isEmpty();
    assertThat(ShadowedNaclRules.evaluate(NetworkTopology.of(f.build())))
        .allMatch(r -> r.status() == CheckStatus.PASS);
  }

  @Test
  void missingEphemeralRulesAreGapsNamingTheClientPorts() {
    NetworkFixture f = vpc();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "32768-65535", "0.0.0.0/0");
    NetworkTopology t = NetworkTopology.of(f.build());
    List<NaclReturnTraffic.Gap> gaps = NaclReturnTraffic.find(t).stream()
        .filter(g -> g.initiated() == NaclReturnTraffic.Initiated.INBOUND).toList();
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.ports()).isEqualTo(IntRange.single(443));
      assertThat(g.clientPorts()).isEqualTo(IntRange.of(1024, 32767));
      assertThat(g.subnetIds()).containsExactly("subnet-1");
      assertThat(g.message()).contains("client ports 1024-32767").contains("NAT gateway").doesNotContain("Linux");
    });
    assertThat(NaclReturnTraffic.evaluate(t)).filteredOn(r -> r.resource().equals("acl-1")).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.FAIL));
  }

  @Test
  void completeEphemeralRulesPass() {
    NetworkFixture f = vpc();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0")
        .inbound(110, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0")
        .outbound(110, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0");
    NetworkTopology t = NetworkTopology.of(f.build());
    assertThat(NaclReturnTraffic.find(t)).isEmpty();
    assertThat(NaclReturnTraffic.evaluate(t)).allMatch(r -> r.status() == CheckStatus.PASS);
  }

  @Test
  void outboundTrafficWithoutTheInboundEphemeralRuleIsReportedAsOutboundInitiated() {
    NetworkFixture f = vpc();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0");
    List<NaclReturnTraffic.Gap> gaps = NaclReturnTraffic.find(NetworkTopology.of(f.build()));
    assertThat(gaps).singleElement().satisfies(g -> {
      assertThat(g.initiated()).isEqualTo(NaclReturnTraffic.Initiated.OUTBOUND);
      assertThat(g.clientPorts()).isEqualTo(IntRange.of(1024, 65535));
    });
  }

  @Test
  void adminPortsCountOnlyWhenActuallyReachable() {
    NetworkFixture f = vpc();
    f.securityGroup("sg-admin", "admin", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0")
        .ingress(IpProtocol.TCP, "3389", "0.0.0.0/0").ingress(IpProtocol.TCP, "80", "0.0.0.0/0");
    f.eni("eni-public", "subnet-1", List.of("sg-admin"), "10.0.1.10=54.0.0.10");
    f.eni("eni-private", "subnet-1", List.of("sg-admin"), "10.0.1.11");
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "22", "0.0.0.0/0")
        .inbound(110, RuleAction.ALLOW, IpProtocol.TCP, "80", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    NetworkTopology t = NetworkTopology.of(f.build());
    var report = new ExposureAnalyzer(t).analyze();
    List<ExposedAdminPorts.Exposed> exposed = ExposedAdminPorts.find(report);
    assertThat(exposed).singleElement().satisfies(x -> {
      assertThat(x.eni()).isEqualTo("eni-public");
      assertThat(x.port().service()).isEqualTo("SSH");
      assertThat(x.message()).startsWith("SSH (tcp 22) on 54.0.0.10 is reachable from");
    });
    assertThat(ExposedAdminPorts.evaluate(t, report)).singleElement().satisfies(r -> {
      assertThat(r.resource()).isEqualTo("eni-public");
      assertThat(r.status()).isEqualTo(CheckStatus.FAIL);
    });
  }

  @Test
  void noReachableAdminPortPasses() {
    NetworkFixture f = vpc();
    f.securityGroup("sg-web", "web", "vpc-1").ingress(IpProtocol.TCP, "443", "0.0.0.0/0")
        .ingress(IpProtocol.TCP, "22", "10.0.0.0/8");
    f.eni("eni-public", "subnet-1", List.of("sg-web"), "10.0.1.10=54.0.0.10");
    NetworkTopology t = NetworkTopology.of(f.build());
    var report = new ExposureAnalyzer(t).analyze();
    assertThat(ExposedAdminPorts.find(report)).isEmpty();
    assertThat(ExposedAdminPorts.evaluate(t, report)).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(CheckStatus.PASS));
  }
}
