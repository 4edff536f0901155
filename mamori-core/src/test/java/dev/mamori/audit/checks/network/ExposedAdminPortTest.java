package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.resultFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckCatalog;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Status;
import dev.mamori.model.IpProtocol;
import dev.mamori.net.Protocols;
import dev.mamori.net.check.ExposedAdminPorts;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposedAdminPortTest {
  private final ExposedAdminPort check = new ExposedAdminPort();

  private static NetworkFixture sshFromAnywhere() {
    NetworkFixture f = Networks.publicSubnet();
    f.securityGroup("sg-admin", "admin", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0");
    return f;
  }

  @Test
  void sshReachableFromTheInternetFailsWithTheTraceAndTheRuleToRevoke() {
    NetworkFixture f = sshFromAnywhere();
    f.eni("eni-public", "subnet-1", List.of("sg-admin"), "10.0.1.10=54.0.0.10");
    CheckResult r = resultFor(check, f.build(), "eni-public");
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).isEqualTo("the internet can reach SSH (tcp 22) on 54.0.0.10 of eni-public (i-public)");
    Explanation.NetworkTrace trace = (Explanation.NetworkTrace) r.explanation();
    assertThat(trace.flows()).hasSize(2);
    assertThat(trace.flows().get(0).flow()).startsWith("SSH (tcp 22) on 54.0.0.10 from the whole IPv4 internet (ALLOWED");
    assertThat(trace.flows().get(0).hops()).extracting(Explanation.NetworkTrace.Hop::kind)
        .contains("internet-gateway", "network-acl", "security-group", "interface");
    assertThat(trace.flows().get(1).flow()).isEqualTo("its reply");
    assertThat(r.remediationOverride().orElseThrow()).isEqualTo("aws ec2 revoke-security-group-ingress --group-id sg-admin"
        + " --region {region} --ip-permissions '[{\"IpProtocol\":\"tcp\",\"FromPort\":22,\"ToPort\":22,\"IpRanges\":"
        + "[{\"CidrIp\":\"0.0.0.0/0\"}]}]'   # then administer through Session Manager: aws ssm start-session --target i-public");
  }

  @Test
  void theSameGroupOnAnInterfaceWithoutPublicAddressPasses() {
    NetworkFixture f = sshFromAnywhere();
    f.eni("eni-private", "subnet-1", List.of("sg-admin"), "10.0.1.11");
    CheckResult r = resultFor(check, f.build(), "eni-private");
    assertThat(r.status()).isEqualTo(Status.PASS);
    assertThat(r.message()).endsWith("(it has no public address)");
  }

  @Test
  void aGroupNamingAnUncollectedPrefixListIsNotEvaluated() {
    NetworkFixture f = Networks.publicSubnet();
    f.prefixList("pl-1", "IPv4", null);
    f.securityGroup("sg-pl", "from-list", "vpc-1").ingressFromPrefixList(IpProtocol.TCP, "22", "pl-1");
    f.eni("eni-public", "subnet-1", List.of("sg-pl"), "10.0.1.10=54.0.0.10");
    assertThat(resultFor(check, f.build(), "eni-public").status()).isEqualTo(Status.NOT_EVALUATED);
  }

  @Test
  void theCatalogListsTheEnginesAdministrationServices() {
    String listed = CheckCatalog.bundled().require("exposed-admin-port").parameters().get("adminServices");
    List<String> engine = ExposedAdminPorts.ADMIN_PORTS.stream().map(p -> Protocols.name(p.protocol()) + " " + p.port()).toList();
    assertThat(List.of(listed.split(","))).containsExactlyInAnyOrderElementsOf(engine);
  }
}
