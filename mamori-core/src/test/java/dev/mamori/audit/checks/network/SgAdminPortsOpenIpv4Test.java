package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.IpProtocol;
import dev.mamori.testing.NetworkFixture;
import org.junit.jupiter.api.Test;

class SgAdminPortsOpenIpv4Test {
  private final SgAdminPortsOpenIpv4 check = new SgAdminPortsOpenIpv4();

  @Test
  void sshFromAnywhereFailsAndNamesTheRule() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-ssh", "ssh-anywhere", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0");
    CheckResult r = resultFor(check, f.build(), "sg-ssh");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("ssh-anywhere admits tcp 22 from the whole IPv4 internet (inbound tcp 22 from 0.0.0.0/0)");
    Explanation.NetworkTrace trace = (Explanation.NetworkTrace) r.explanation();
    assertThat(trace.flows()).singleElement().satisfies(flow -> {
      assertThat(flow.flow()).isEqualTo("tcp 22 from the whole IPv4 internet");
      assertThat(flow.hops()).singleElement().satisfies(h -> {
        assertThat(h.kind()).isEqualTo("security-group");
        assertThat(h.rule()).isEqualTo("tcp 22 from 0.0.0.0/0");
      });
    });
    assertThat(r.remediationValues().get("permissions"))
        .isEqualTo("[{\"IpProtocol\":\"tcp\",\"FromPort\":22,\"ToPort\":22,\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]}]");
  }

  @Test
  void sshFromTheOfficeAndHttpsFromAnywherePass() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-web", "web", "vpc-1").ingress(IpProtocol.TCP, "22", "52.94.10.0/24")
        .ingress(IpProtocol.TCP, "443", "0.0.0.0/0");
    assertThat(resultFor(check, f.build(), "sg-web").status()).isEqualTo(Status.PASS);
  }

  @Test
  void allProtocolsFromAnywhereOpensBothPortsOverTcpAndUdp() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-all", "all-open", "vpc-1").ingress(IpProtocol.ALL, null, "0.0.0.0/0");
    assertThat(resultFor(check, f.build(), "sg-all").message())
        .startsWith("all-open admits tcp 22, udp 22, tcp 3389 and udp 3389 from the whole IPv4 internet (inbound all traffic from 0.0.0.0/0)");
  }

  @Test
  void aPortRangeCoveringRdpOpensIt() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-high", "high-ports", "vpc-1").ingress(IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    CheckResult r = resultFor(check, f.build(), "sg-high");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).startsWith("high-ports admits tcp 3389 from");
  }

  @Test
  void rulesThatTogetherCoverTheInternetCountAsZeroSlashZero() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-halves", "halves", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/1")
        .ingress(IpProtocol.TCP, "22", "128.0.0.0/1");
    CheckResult r = resultFor(check, f.build(), "sg-halves");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("inbound tcp 22 from 0.0.0.0/1; tcp 22 from 128.0.0.0/1");
  }

  @Test
  void ipv6FromAnywhereIsNotThisChecksConcern() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-v6", "ssh-v6", "vpc-1").ingress(IpProtocol.TCP, "22", "::/0");
    assertThat(resultFor(check, f.build(), "sg-v6").status()).isEqualTo(Status.PASS);
  }

  @Test
  void aPrefixListWhoseEntriesWereNotCollectedIsNotEvaluated() {
    NetworkFixture f = Networks.publicSubnet();
    f.prefixList("pl-1", "IPv4", null);
    f.securityGroup("sg-pl", "from-list", "vpc-1").ingressFromPrefixList(IpProtocol.TCP, "22", "pl-1");
    CheckResult r = resultFor(check, f.build(), "sg-pl");
    assertThat(r.status()).isEqualTo(Status.NOT_EVALUATED);
    assertThat(r.explanation()).isEqualTo(Explanation.facts("the entries of prefix list pl-1 were not collected"));
  }
}
