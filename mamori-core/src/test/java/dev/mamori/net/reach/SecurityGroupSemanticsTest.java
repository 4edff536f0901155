package dev.mamori.net.reach;

import static dev.mamori.net.reach.Flows.base;
import static dev.mamori.net.reach.Flows.flow;
import static dev.mamori.net.reach.Flows.icmp;
import static dev.mamori.net.reach.Flows.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpProtocol;
import dev.mamori.net.filter.Outcome;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every security group rule of DESIGN.md, each as a flow that would come out differently if it were wrong. */
class SecurityGroupSemanticsTest {

  @Test
  void rulesOnlyAllowAndTheGroupsOfAnInterfaceAreUnited() {
    NetworkFixture f = base();
    f.securityGroup("sg-ssh", "ssh", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0");
    f.securityGroup("sg-web", "web", "vpc-1").ingress(IpProtocol.TCP, "443", "0.0.0.0/0");
    f.eni("eni-1", "subnet-1", List.of("sg-ssh", "sg-web"), "10.0.1.10=54.0.0.10");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 22).verdict()).isEqualTo(Verdict.ALLOWED);
    ReachResult https = tcp(f, "8.8.8.8", "eni-1", 443);
    assertThat(https.verdict()).isEqualTo(Verdict.ALLOWED);
    HopRule.SecurityGroupRule rule = (HopRule.SecurityGroupRule) https.forward().stream()
        .filter(h -> h.kind().equals("security-group")).findFirst().orElseThrow().rule().orElseThrow();
    assertThat(rule.match().group().id()).isEqualTo("sg-web");
    assertThat(rule.match().summary()).isEqualTo("sg-web (web) inbound tcp 443 from 0.0.0.0/0 \"in 0.0.0.0/0\"");
    ReachResult telnet = tcp(f, "8.8.8.8", "eni-1", 23);
    assertThat(telnet.blockedBy().orElseThrow().kind()).isEqualTo("security-group");
    assertThat(telnet.blockedBy().orElseThrow().id()).isEqualTo("sg-ssh,sg-web");
  }

  @Test
  void groupsAreStatefulInBothDirections() {
    NetworkFixture f = base();
    f.emptySecurityGroup("sg-in-only", "in-only", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0");
    f.emptySecurityGroup("sg-out-only", "out-only", "vpc-1").egress(IpProtocol.TCP, "443", "0.0.0.0/0");
    f.eni("eni-server", "subnet-1", List.of("sg-in-only"), "10.0.1.10=54.0.0.10");
    f.eni("eni-client", "subnet-1", List.of("sg-out-only"), "10.0.1.11=54.0.0.11");
    assertThat(tcp(f, "8.8.8.8", "eni-server", 22).verdict()).as("reply passes without an egress rule")
        .isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "eni-client", "8.8.8.8", 443).verdict()).as("reply passes without an ingress rule")
        .isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "eni-server", "8.8.8.8", 443).blockedBy().orElseThrow().direction()).isPresent();
  }

  @Test
  void anInterfaceWithoutGroupsGetsTheDefaultGroupWhichAdmitsItsMembers() {
    NetworkFixture f = base();
    f.securityGroup("sg-other", "other", "vpc-1");
    f.eni("eni-bare", "subnet-1", List.of(), "10.0.1.10");
    f.eni("eni-bare2", "subnet-2", List.of(), "10.0.2.10");
    f.eni("eni-member", "subnet-2", List.of("sg-default"), "10.0.2.11");
    f.eni("eni-stranger", "subnet-2", List.of("sg-other"), "10.0.2.12");
    assertThat(tcp(f, "eni-member", "eni-bare", 5432).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "eni-bare2", "eni-bare", 5432).verdict()).as("implicit members count").isEqualTo(Verdict.ALLOWED);
    ReachResult stranger = tcp(f, "eni-stranger", "eni-bare", 5432);
    assertThat(stranger.blockedBy().orElseThrow().kind()).isEqualTo("security-group");
    assertThat(stranger.blockedBy().orElseThrow().id()).isEqualTo("sg-default");
  }

  @Test
  void aNewCustomGroupAdmitsNothingAndSendsEverything() {
    NetworkFixture f = base();
    f.securityGroup("sg-new", "new", "vpc-1");
    f.eni("eni-1", "subnet-1", List.of("sg-new"), "10.0.1.10=54.0.0.10", "2600:1f18:1:1::10");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 22).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(tcp(f, "eni-1", "8.8.8.8", 443).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(flow(f, "eni-1", "8.8.8.8", 47, 0).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "2600:1f18:1:1::10", "2606:4700::1111", 443).verdict())
        .as("the rule names 0.0.0.0/0 only, not ::/0").isEqualTo(Verdict.DENIED);
  }

  @Test
  void aGroupReferenceMatchesPrivateAddressesOfMembersOnly() {
    NetworkFixture f = base();
    f.securityGroup("sg-web", "web", "vpc-1");
    f.securityGroup("sg-db", "db", "vpc-1").ingressFromGroup(IpProtocol.TCP, "5432", "sg-web");
    f.eni("eni-web", "subnet-1", List.of("sg-web"), "10.0.1.10=54.0.0.10", "2600:1f18:1:1::10");
    f.eni("eni-db", "subnet-2", List.of("sg-db"), "10.0.2.20=54.0.0.20");
    f.eni("eni-other", "subnet-1", List.of("sg-default"), "10.0.1.11");
    assertThat(tcp(f, "eni-web", "eni-db", 5432).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "eni-other", "eni-db", 5432).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(tcp(f, "eni-web", "54.0.0.20", 5432).blockedBy().orElseThrow().kind())
        .as("through the public address the source is the public IP, not a member's private one")
        .isEqualTo("security-group");
  }

  @Test
  void aGroupReferenceWorksAcrossAnActivePeering() {
    NetworkFixture f = base();
    f.vpc("vpc-2", "10.9.0.0/16");
    f.subnet("subnet-9", "vpc-2", "10.9.1.0/24");
    f.peering("pcx-1", "vpc-1", "vpc-2", "active");
    f.table("rtb-main").route("10.9.0.0/16", "pcx-1");
    f.routeTable("rtb-9", "vpc-2", true).route("10.0.0.0/16", "pcx-1");
    f.defaultNetworkAcl("acl-9", "vpc-2", "subnet-9");
    f.securityGroup("sg-peer-client", "client", "vpc-2");
    f.securityGroup("sg-api", "api", "vpc-1").ingressFromGroup(IpProtocol.TCP, "443", "sg-peer-client");
    f.eni("eni-api", "subnet-1", List.of("sg-api"), "10.0.1.10");
    f.eni("eni-client", "subnet-9", List.of("sg-peer-client"), "10.9.1.10");
    ReachResult r = tcp(f, "eni-client", "eni-api", 443);
    assertThat(r.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(r.forward()).extracting(Hop::kind).contains("peering-connection");
  }

  @Test
  void protocolMinusOneIsEveryProtocolAndPort() {
    NetworkFixture f = base();
    f.securityGroup("sg-all", "all", "vpc-1").ingress(IpProtocol.ALL, "22", "8.8.8.0/24");
    f.eni("eni-1", "subnet-1", List.of("sg-all"), "10.0.1.10=54.0.0.10");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 65535).verdict()).as("ports of a -1 rule are ignored").isEqualTo(Verdict.ALLOWED);
    assertThat(flow(f, "8.8.8.8", "eni-1", 17, 53).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(flow(f, "8.8.8.8", "eni-1", 47, 0).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(icmp(f, "8.8.8.8", "eni-1", 8, 0).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "8.8.4.4", "eni-1", 22).verdict()).isEqualTo(Verdict.DENIED);
  }

  @Test
  void icmpRulesUseTypeAndCodeWithMinusOneForAny() {
    NetworkFixture f = base();
    f.securityGroup("sg-ping", "ping", "vpc-1").ingressIcmp(IpProtocol.ICMP, 8, -1, "0.0.0.0/0")
        .ingressIcmp(IpProtocol.ICMP, 3, 4, "0.0.0.0/0");
    f.securityGroup("sg-anyicmp", "any", "vpc-1").ingressIcmp(IpProtocol.ICMP, -1, -1, "0.0.0.0/0");
    f.eni("eni-1", "subnet-1", List.of("sg-ping"), "10.0.1.10=54.0.0.10");
    f.eni("eni-2", "subnet-1", List.of("sg-anyicmp"), "10.0.1.11=54.0.0.11");
    assertThat(icmp(f, "8.8.8.8", "eni-1", 8, 0).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(icmp(f, "8.8.8.8", "eni-1", 8, 7).verdict()).as("code -1 is any code").isEqualTo(Verdict.ALLOWED);
    assertThat(icmp(f, "8.8.8.8", "eni-1", 13, 0).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(icmp(f, "8.8.8.8", "eni-1", 3, 4).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(icmp(f, "8.8.8.8", "eni-1", 3, 1).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(icmp(f, "8.8.8.8", "eni-2", 13, 0).verdict()).as("type -1 is any type").isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "8.8.8.8", "eni-2", 80).verdict()).isEqualTo(Verdict.DENIED);
  }

  @Test
  void aPrefixListPeerIsItsEntriesOrNotEvaluated() {
    NetworkFixture f = base();
    f.prefixList("pl-office", "IPv4", List.of("8.8.8.0/24"));
    f.prefixList("pl-unknown", "IPv4", null);
    f.securityGroup("sg-pl", "pl", "vpc-1").ingressFromPrefixList(IpProtocol.TCP, "22", "pl-office");
    f.securityGroup("sg-unk", "unk", "vpc-1").ingressFromPrefixList(IpProtocol.TCP, "22", "pl-unknown");
    f.eni("eni-1", "subnet-1", List.of("sg-pl"), "10.0.1.10=54.0.0.10");
    f.eni("eni-2", "subnet-1", List.of("sg-unk"), "10.0.1.11=54.0.0.11");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "8.8.4.4", "eni-1", 22).verdict()).isEqualTo(Verdict.DENIED);
    ReachResult unknown = tcp(f, "8.8.8.8", "eni-2", 22);
    assertThat(unknown.verdict()).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(unknown.unknowns()).anyMatch(u -> u.contains("pl-unknown"));
    assertThat(unknown.forward()).anyMatch(h -> h.decision() == Outcome.UNKNOWN);
    assertThat(tcp(f, "8.8.8.8", "eni-2", 80).verdict()).as("no rule for port 80 at all").isEqualTo(Verdict.DENIED);
  }

  @Test
  void aGroupMissingFromTheSnapshotIsNotGuessed() {
    NetworkFixture f = base();
    f.eni("eni-1", "subnet-1", List.of("sg-elsewhere"), "10.0.1.10=54.0.0.10");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 22).verdict()).isEqualTo(Verdict.NOT_EVALUATED);
  }
}
