package dev.mamori.net.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachSmokeTest {

  static NetworkFixture classic() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-pub", "vpc-1", "10.0.1.0/24");
    f.subnet("subnet-priv", "vpc-1", "10.0.2.0/24");
    f.routeTable("rtb-pub", "vpc-1", false, "subnet-pub").route("0.0.0.0/0", "igw-1");
    f.routeTable("rtb-priv", "vpc-1", true).route("0.0.0.0/0", "nat-1");
    f.natGateway("nat-1", "vpc-1", "subnet-pub", "10.0.1.5", "52.0.0.5");
    f.defaultNetworkAcl("acl-default", "vpc-1", "subnet-pub", "subnet-priv");
    f.securityGroup("sg-web", "web", "vpc-1")
        .ingress(IpProtocol.TCP, "22", "8.8.0.0/16")
        .ingress(IpProtocol.TCP, "80", "0.0.0.0/0");
    f.securityGroup("sg-app", "app", "vpc-1").ingressFromGroup(IpProtocol.TCP, "8080", "sg-web");
    f.eni("eni-web", "subnet-pub", List.of("sg-web"), "10.0.1.10=54.0.0.10");
    f.eni("eni-app", "subnet-priv", List.of("sg-app"), "10.0.2.20");
    return f;
  }

  private static ReachResult reach(NetworkFixture f, String from, String to, int protocol, int port) {
    ReachabilityAnalyzer a = new ReachabilityAnalyzer(NetworkTopology.of(f.build()));
    return a.analyze(new FlowQuery(a.resolve(from), a.resolve(to), protocol, 49152, port, -1, 0));
  }

  @Test
  void classicScenario() {
    NetworkFixture f = classic();
    ReachResult web80 = reach(f, "internet", "eni-web", 6, 80);
    assertThat(web80.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(reach(f, "internet", "eni-web", 6, 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(reach(f, "internet", "eni-web", 6, 23).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(reach(f, "1.1.1.1", "eni-web", 6, 22).verdict()).isEqualTo(Verdict.DENIED);
    assertThat(reach(f, "8.8.4.4", "eni-web", 6, 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(reach(f, "eni-web", "eni-app", 6, 8080).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(reach(f, "eni-app", "eni-web", 6, 80).verdict()).isEqualTo(Verdict.ALLOWED);
    ReachResult nat = reach(f, "eni-app", "8.8.8.8", 6, 443);
    assertThat(nat.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(reach(f, "internet", "eni-app", 6, 8080).blockedBy().orElseThrow().kind()).isEqualTo("no-public-ip");
    assertThat(reach(f, "eni-app", "internet", 6, 443).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void naclBlockingTheReplyIsOnTheReturnPath() {
    NetworkFixture f = classic();
    f.networkAcl("acl-strict", "vpc-1", "subnet-pub")
        .inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "80", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "1024-32767", "0.0.0.0/0");
    ReachResult r = reach(f, "8.8.8.8", "eni-web", 6, 80);
    assertThat(r.verdict()).isEqualTo(Verdict.DENIED);
    assertThat(r.blockedBy().orElseThrow().path()).isEqualTo("return");
    assertThat(r.blockedBy().orElseThrow().kind()).isEqualTo("network-acl");
  }
}
