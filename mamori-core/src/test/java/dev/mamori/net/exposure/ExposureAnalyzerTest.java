package dev.mamori.net.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IntRange;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureAnalyzerTest {

  private static NetworkFixture web() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16", "2600:1f18:1::/56");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24", "2600:1f18:1:1::/64");
    f.routeTable("rtb", "vpc-1", true).route("0.0.0.0/0", "igw-1").route("::/0", "igw-1");
    f.defaultNetworkAcl("acl-default", "vpc-1");
    f.securityGroup("sg-web", "web", "vpc-1")
        .ingress(IpProtocol.TCP, "80", "0.0.0.0/0")
        .ingress(IpProtocol.TCP, "81-443", "0.0.0.0/0")
        .ingress(IpProtocol.TCP, "22", "8.8.8.0/25")
        .ingress(IpProtocol.TCP, "22", "8.8.8.128/25")
        .ingress(IpProtocol.TCP, "3389", "10.0.0.0/8");
    f.eni("eni-web", "subnet-1", List.of("sg-web"), "10.0.1.10=54.0.0.10");
    return f;
  }

  private static ExposureReport exposure(NetworkFixture f) {
    return new ExposureAnalyzer(NetworkTopology.of(f.build())).analyze();
  }

  @Test
  void portRangesAreMaximalAndSourcesMinimal() {
    ExposureReport r = exposure(web());
    assertThat(r.exposures()).extracting(e -> e.protocolName() + " " + e.ports().orElseThrow() + " " + e.sources())
        .containsExactlyInAnyOrder(
            "tcp 22 [8.8.8.0/24]",
            "tcp 80-443 " + AddressSet.of(Cidr.parse("0.0.0.0/0")).intersection(
                dev.mamori.net.InternetAddresses.all()).toCidrs());
    assertThat(r.exposures()).allMatch(e -> e.address().equals(IpAddress.parse("54.0.0.10")));
    assertThat(r.exposures()).allMatch(e -> e.instance().equals(java.util.Optional.of("i-web")));
  }

  @Test
  void theInternetExcludesPrivateAndReservedSources() {
    ExposureReport r = exposure(web());
    Exposure wide = r.exposures().stream().filter(e -> e.includesPort(6, 80)).findFirst().orElseThrow();
    assertThat(wide.sources()).noneMatch(c -> c.contains(IpAddress.parse("10.1.2.3")));
    assertThat(wide.sources()).noneMatch(c -> c.contains(IpAddress.parse("192.168.0.1")));
    assertThat(wide.sources()).anyMatch(c -> c.contains(IpAddress.parse("8.8.8.8")));
    assertThat(r.exposures()).noneMatch(e -> e.includesPort(6, 3389));
  }

  @Test
  void aSourceRangeNarrowsTheSources() {
    ExposureReport r = new ExposureAnalyzer(NetworkTopology.of(web().build()))
        .analyze(AddressSet.of(Cidr.parse("8.8.8.0/26"), Cidr.parse("10.0.0.0/8")));
    assertThat(r.exposures()).extracting(e -> e.ports().orElseThrow() + " " + e.sources())
        .containsExactlyInAnyOrder("22 [8.8.8.0/26]", "80-443 [8.8.8.0/26]");
    assertThat(r.warnings()).singleElement().asString().contains("10.0.0.0/8");
  }

  @Test
  void theReplyMustGetOutThroughTheAclForSomeClientPort() {
    NetworkFixture f = web();
    f.networkAcl("acl-1", "vpc-1", "subnet-1")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "0-65535", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-1100", "8.8.8.0/24");
    ExposureReport r = exposure(f);
    assertThat(r.exposures()).extracting(e -> e.ports().orElseThrow() + " " + e.sources())
        .containsExactlyInAnyOrder("22 [8.8.8.0/24]", "80-443 [8.8.8.0/24]");
    f.acl("acl-1").outbound(90, RuleAction.DENY, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    assertThat(exposure(f).exposures()).isEmpty();
  }

  @Test
  void noPublicAddressOrNoGatewayRouteMeansNoExposure() {
    NetworkFixture f = web();
    f.eni("eni-private", "subnet-1", List.of("sg-web"), "10.0.1.11");
    assertThat(exposure(f).exposures()).noneMatch(e -> e.eni().equals("eni-private"));
    NetworkFixture f2 = new NetworkFixture();
    f2.vpc("vpc-1", "10.0.0.0/16");
    f2.internetGateway("igw-1", "vpc-1");
    f2.subnet("subnet-1", "vpc-1", "10.0.1.0/24");
    f2.routeTable("rtb", "vpc-1", true).route("8.0.0.0/8", "igw-1");
    f2.defaultNetworkAcl("acl", "vpc-1", "subnet-1");
    f2.securityGroup("sg", "all", "vpc-1").ingress(IpProtocol.TCP, "22", "0.0.0.0/0");
    f2.eni("eni-1", "subnet-1", List.of("sg"), "10.0.1.10=54.0.0.10");
    assertThat(exposure(f2).exposures()).singleElement().satisfies(e ->
        assertThat(e.sources()).containsExactly(Cidr.parse("8.0.0.0/8")));
  }

  @Test
  void ipv6AddressesAreExposedThroughTheGateway() {
    NetworkFixture f = web();
    f.group("sg-web").ingress(IpProtocol.TCP, "443", "::/0");
    f.eni("eni-v6", "subnet-1", List.of("sg-web"), "10.0.1.12", "2600:1f18:1:1::12");
    ExposureReport r = exposure(f);
    assertThat(r.exposures()).filteredOn(e -> e.eni().equals("eni-v6")).singleElement().satisfies(e -> {
      assertThat(e.address()).isEqualTo(IpAddress.parse("2600:1f18:1:1::12"));
      assertThat(e.ports()).as("the 80-443 rules name IPv4 blocks only").contains(IntRange.single(443));
    });
  }

  @Test
  void unknownPeersAreReportedNotGuessed() {
    NetworkFixture f = web();
    f.prefixList("pl-x", "IPv4", null);
    f.group("sg-web").ingressFromPrefixList(IpProtocol.TCP, "8443", "pl-x");
    ExposureReport r = exposure(f);
    assertThat(r.notEvaluated()).singleElement().satisfies(n -> {
      assertThat(n.eni()).isEqualTo("eni-web");
      assertThat(n.reasons()).anyMatch(x -> x.contains("pl-x"));
    });
    assertThat(r.exposures()).noneMatch(e -> e.includesPort(6, 8443));
  }
}
