package dev.mamori.net.reach;

import static dev.mamori.net.reach.Flows.base;
import static dev.mamori.net.reach.Flows.icmp;
import static dev.mamori.net.reach.Flows.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpProtocol;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routes, gateways and public addresses (DESIGN.md), each as a flow that would change if the rule were wrong. */
class RoutingSemanticsTest {

  private static NetworkFixture open() {
    NetworkFixture f = base();
    f.securityGroup("sg-open", "open", "vpc-1").ingress(IpProtocol.ALL, null, "0.0.0.0/0").ingress(IpProtocol.ALL, null, "::/0")
        .egress(IpProtocol.ALL, null, "::/0");
    return f;
  }

  @Test
  void longestPrefixMatchPicksTheRoute() {
    NetworkFixture f = open();
    f.subnet("subnet-3", "vpc-1", "10.0.3.0/24");
    f.natGateway("nat-1", "vpc-1", "subnet-1", "10.0.1.200", "52.0.0.200");
    f.routeTable("rtb-3", "vpc-1", false, "subnet-3").route("0.0.0.0/0", "igw-1").route("8.8.8.0/24", "nat-1");
    f.acl("acl-default");
    f.eni("eni-3", "subnet-3", List.of("sg-open"), "10.0.3.10=54.0.0.30");
    ReachResult viaNat = tcp(f, "eni-3", "8.8.8.8", 443);
    assertThat(viaNat.forward()).extracting(Hop::kind).contains("nat-gateway");
    ReachResult viaIgw = tcp(f, "eni-3", "8.8.4.4", 443);
    assertThat(viaIgw.forward()).extracting(Hop::kind).doesNotContain("nat-gateway").contains("internet-gateway");
    assertThat(viaNat.verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void aSubnetWithoutExplicitTableUsesTheMainTable() {
    NetworkFixture f = open();
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10");
    ReachResult r = tcp(f, "eni-1", "8.8.8.8", 443);
    assertThat(r.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(r.forward()).anyMatch(h -> h.kind().equals("route") && h.id().equals("rtb-main"));
  }

  @Test
  void internetInNeedsBothAPublicAddressAndARouteToTheGateway() {
    NetworkFixture f = open();
    f.eni("eni-public", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10");
    f.eni("eni-private", "subnet-1", List.of("sg-open"), "10.0.1.11");
    assertThat(tcp(f, "8.8.8.8", "eni-public", 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "8.8.8.8", "eni-private", 22).blockedBy().orElseThrow().kind()).isEqualTo("no-public-ip");
    assertThat(tcp(f, "eni-private", "8.8.8.8", 443).blockedBy().orElseThrow().kind()).isEqualTo("no-public-ip");
    assertThat(tcp(f, "8.8.8.8", "10.0.1.10", 22).blockedBy().orElseThrow().kind())
        .as("the internet cannot address a private IP").isEqualTo("route");

    NetworkFixture noRoute = open();
    noRoute.subnet("subnet-3", "vpc-1", "10.0.3.0/24");
    noRoute.routeTable("rtb-3", "vpc-1", false, "subnet-3");
    noRoute.acl("acl-default");
    noRoute.eni("eni-3", "subnet-3", List.of("sg-open"), "10.0.3.10=54.0.0.30");
    ReachResult r = tcp(noRoute, "8.8.8.8", "eni-3", 22);
    assertThat(r.blockedBy().orElseThrow().kind()).isEqualTo("route");
    assertThat(r.blockedBy().orElseThrow().path()).as("the packet arrives; its reply has no route").isEqualTo("return");

    NetworkFixture noGateway = new NetworkFixture();
    noGateway.vpc("vpc-1", "10.0.0.0/16").subnet("subnet-1", "vpc-1", "10.0.1.0/24");
    noGateway.routeTable("rtb", "vpc-1", true);
    noGateway.defaultNetworkAcl("acl", "vpc-1", "subnet-1");
    noGateway.securityGroup("sg-open", "open", "vpc-1").ingress(IpProtocol.ALL, null, "0.0.0.0/0");
    noGateway.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10");
    assertThat(tcp(noGateway, "8.8.8.8", "eni-1", 22).blockedBy().orElseThrow().reason()).contains("no internet gateway");
  }

  @Test
  void aNatGatewayGivesOutboundOnlyAccess() {
    NetworkFixture f = open();
    f.subnet("subnet-3", "vpc-1", "10.0.3.0/24");
    f.natGateway("nat-1", "vpc-1", "subnet-1", "10.0.1.200", "52.0.0.200");
    f.routeTable("rtb-3", "vpc-1", false, "subnet-3").route("0.0.0.0/0", "nat-1");
    f.defaultNetworkAcl("acl-3", "vpc-1", "subnet-3");
    f.eni("eni-3", "subnet-3", List.of("sg-open"), "10.0.3.10");
    f.eni("eni-nat-1", "subnet-1", List.of(), "10.0.1.200=52.0.0.200");
    ReachResult out = tcp(f, "eni-3", "8.8.8.8", 443);
    assertThat(out.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(out.forward()).extracting(Hop::kind)
        .containsSubsequence("route", "nat-gateway", "route", "network-acl", "internet-gateway");
    assertThat(tcp(f, "8.8.8.8", "eni-3", 22).blockedBy().orElseThrow().kind()).isEqualTo("no-public-ip");
    assertThat(icmp(f, "eni-3", "8.8.8.8", 8, 0).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(Flows.flow(f, "eni-3", "8.8.8.8", 47, 0).blockedBy().orElseThrow().kind())
        .as("NAT gateways carry TCP, UDP and ICMP only").isEqualTo("nat-gateway");
  }

  @Test
  void anEgressOnlyGatewayIsOutboundOnlyForIpv6() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16", "2600:1f18:1::/56");
    f.egressOnlyGateway("eigw-1", "vpc-1");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24", "2600:1f18:1:1::/64");
    f.routeTable("rtb", "vpc-1", true).route("::/0", "eigw-1");
    f.defaultNetworkAcl("acl", "vpc-1", "subnet-1");
    f.securityGroup("sg-open", "open", "vpc-1").ingress(IpProtocol.ALL, null, "::/0").egress(IpProtocol.ALL, null, "::/0");
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10", "2600:1f18:1:1::10");
    assertThat(tcp(f, "eni-1", "2606:4700::1111", 443).verdict()).isEqualTo(Verdict.ALLOWED);
    ReachResult in = tcp(f, "2606:4700::1111", "eni-1", 22);
    assertThat(in.blockedBy().orElseThrow().kind()).isEqualTo("route");
    assertThat(in.blockedBy().orElseThrow().path()).as("the reply goes to the egress-only gateway").isEqualTo("return");
  }

  @Test
  void peeringNeedsAnActiveConnectionAndIsNotTransitive() {
    NetworkFixture f = open();
    f.vpc("vpc-2", "10.9.0.0/16");
    f.subnet("subnet-9", "vpc-2", "10.9.1.0/24");
    f.peering("pcx-1", "vpc-1", "vpc-2", "active");
    f.table("rtb-main").route("10.9.0.0/16", "pcx-1").route("172.16.0.0/12", "pcx-1");
    f.routeTable("rtb-9", "vpc-2", true).route("10.0.0.0/16", "pcx-1");
    f.defaultNetworkAcl("acl-9", "vpc-2", "subnet-9");
    f.securityGroup("sg-9", "nine", "vpc-2").ingress(IpProtocol.ALL, null, "10.0.0.0/8");
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10");
    f.eni("eni-9", "subnet-9", List.of("sg-9"), "10.9.1.10");
    assertThat(tcp(f, "eni-1", "eni-9", 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "eni-1", "172.16.0.1", 22).blockedBy().orElseThrow().reason()).contains("peering does not carry");

    NetworkFixture pending = open();
    pending.vpc("vpc-2", "10.9.0.0/16");
    pending.subnet("subnet-9", "vpc-2", "10.9.1.0/24");
    pending.peering("pcx-1", "vpc-1", "vpc-2", "pending-acceptance");
    pending.table("rtb-main").route("10.9.0.0/16", "pcx-1");
    pending.routeTable("rtb-9", "vpc-2", true).route("10.0.0.0/16", "pcx-1");
    pending.defaultNetworkAcl("acl-9", "vpc-2", "subnet-9");
    pending.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10");
    pending.eni("eni-9", "subnet-9", List.of(), "10.9.1.10");
    assertThat(tcp(pending, "eni-1", "eni-9", 22).blockedBy().orElseThrow().kind()).isEqualTo("route");

    NetworkFixture oneWay = open();
    oneWay.vpc("vpc-2", "10.9.0.0/16");
    oneWay.subnet("subnet-9", "vpc-2", "10.9.1.0/24");
    oneWay.peering("pcx-1", "vpc-1", "vpc-2", "active");
    oneWay.table("rtb-main").route("10.9.0.0/16", "pcx-1");
    oneWay.routeTable("rtb-9", "vpc-2", true);
    oneWay.defaultNetworkAcl("acl-9", "vpc-2", "subnet-9");
    oneWay.securityGroup("sg-9", "nine", "vpc-2").ingress(IpProtocol.ALL, null, "10.0.0.0/8");
    oneWay.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10");
    oneWay.eni("eni-9", "subnet-9", List.of("sg-9"), "10.9.1.10");
    ReachResult r = tcp(oneWay, "eni-1", "eni-9", 22);
    assertThat(r.blockedBy().orElseThrow().path()).as("no route back through the peering").isEqualTo("return");
  }

  @Test
  void blackholeRoutesDrop() {
    NetworkFixture f = open();
    f.table("rtb-main").blackhole("8.8.8.0/24", "nat-gone");
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10");
    ReachResult r = tcp(f, "eni-1", "8.8.8.8", 443);
    assertThat(r.blockedBy().orElseThrow().kind()).isEqualTo("route");
    assertThat(r.blockedBy().orElseThrow().reason()).contains("blackhole");
    assertThat(tcp(f, "eni-1", "8.8.4.4", 443).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void prefixListRoutesUseTheirEntriesOrAreNotEvaluated() {
    NetworkFixture f = open();
    f.prefixList("pl-known", "IPv4", List.of("8.8.8.0/24"));
    f.subnet("subnet-3", "vpc-1", "10.0.3.0/24");
    f.routeTable("rtb-3", "vpc-1", false, "subnet-3").route("0.0.0.0/0", "igw-1").route("pl-known", "tgw-1");
    f.acl("acl-default");
    f.eni("eni-3", "subnet-3", List.of("sg-open"), "10.0.3.10=54.0.0.30");
    ReachResult viaList = tcp(f, "eni-3", "8.8.8.8", 443);
    assertThat(viaList.forward()).anyMatch(h -> h.kind().equals("gateway") && h.id().equals("tgw-1"));
    assertThat(tcp(f, "eni-3", "8.8.4.4", 443).forward()).anyMatch(h -> h.kind().equals("internet-gateway"));

    NetworkFixture unknown = open();
    unknown.prefixList("pl-unknown", "IPv4", null);
    unknown.table("rtb-main").route("pl-unknown", "tgw-1");
    unknown.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10", "2600:1f18:1:1::10");
    assertThat(tcp(unknown, "eni-1", "8.8.4.4", 443).verdict()).isEqualTo(Verdict.NOT_EVALUATED);
    assertThat(tcp(unknown, "2600:1f18:1:1::10", "2606:4700::1111", 443).verdict())
        .as("an IPv4 prefix list cannot hide an IPv6 route").isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void anAddressNobodyHoldsInsideTheVpcHasNoDestination() {
    NetworkFixture f = open();
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10");
    assertThat(tcp(f, "eni-1", "10.0.1.99", 22).blockedBy().orElseThrow().kind()).isEqualTo("no-destination");
    assertThat(tcp(f, "eni-1", "10.0.2.99", 22).blockedBy().orElseThrow().kind()).isEqualTo("no-destination");
  }
}
