package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.IpProtocol;
import dev.mamori.testing.NetworkFixture;
import org.junit.jupiter.api.Test;

class SgAdminPortsOpenIpv6Test {
  private final SgAdminPortsOpenIpv6 check = new SgAdminPortsOpenIpv6();

  @Test
  void rdpFromEveryIpv6AddressFails() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-rdp", "rdp-v6", "vpc-1").ingress(IpProtocol.TCP, "3389", "::/0");
    CheckResult r = resultFor(check, f.build(), "sg-rdp");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("rdp-v6 admits tcp 3389 from the whole IPv6 internet (inbound tcp 3389 from ::/0)");
    assertThat(r.remediationValues().get("permissions")).contains("\"Ipv6Ranges\":[{\"CidrIpv6\":\"::/0\"}]");
  }

  @Test
  void ipv4FromAnywhereAndIpv6FromOneNetworkPass() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-ssh", "ssh", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0")
        .ingress(IpProtocol.TCP, "22", "2600:1f18:aaaa::/48");
    assertThat(resultFor(check, f.build(), "sg-ssh").status()).isEqualTo(Status.PASS);
  }
}
