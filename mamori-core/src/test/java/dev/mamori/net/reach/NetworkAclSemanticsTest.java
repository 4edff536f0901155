package dev.mamori.net.reach;

import static dev.mamori.net.reach.Flows.base;
import static dev.mamori.net.reach.Flows.icmp;
import static dev.mamori.net.reach.Flows.tcp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.net.filter.Direction;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every network ACL rule of DESIGN.md, each as a flow that would come out differently if it were wrong. */
class NetworkAclSemanticsTest {

  /** subnet-1 gets its own ACL; the default ACL keeps subnet-2. */
  private static NetworkFixture withAcl(NetworkFixture.AclBuilder[] holder) {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16", "2600:1f18:1::/56");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24", "2600:1f18:1:1::/64");
    f.subnet("subnet-2", "vpc-1", "10.0.2.0/24", "2600:1f18:1:2::/64");
    f.routeTable("rtb-main", "vpc-1", true).route("0.0.0.0/0", "igw-1").route("::/0", "igw-1");
    f.defaultNetworkAcl("acl-default", "vpc-1", "subnet-2");
    holder[0] = f.networkAcl("acl-1", "vpc-1", "subnet-1");
    f.securityGroup("sg-open", "open", "vpc-1").ingress(IpProtocol.ALL, null, "0.0.0.0/0").ingress(IpProtocol.ALL, null, "::/0")
        .egress(IpProtocol.ALL, null, "::/0");
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10", "2600:1f18:1:1::10");
    f.eni("eni-1b", "subnet-1", List.of("sg-open"), "10.0.1.11");
    f.eni("eni-2", "subnet-2", List.of("sg-open"), "10.0.2.10");
    return f;
  }

  @Test
  void aclsApplyAtTheSubnetEdgeNotInside() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    ReachResult inside = tcp(f, "eni-1b", "eni-1", 22);
    assertThat(inside.verdict()).as("a custom ACL with no rules, yet same subnet").isEqualTo(Verdict.ALLOWED);
    assertThat(inside.forward()).extracting(Hop::kind).doesNotContain("network-acl");
    ReachResult across = tcp(f, "eni-2", "eni-1", 22);
    assertThat(across.blockedBy().orElseThrow().kind()).isEqualTo("network-acl");
    assertThat(across.blockedBy().orElseThrow().direction()).contains(Direction.INGRESS);
  }

  @Test
  void aclsAreStatelessSoTheReplyNeedsItsOwnRule() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    acl[0].inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "443", "0.0.0.0/0");
    ReachResult r = tcp(f, "8.8.8.8", "eni-1", 443);
    assertThat(r.verdict()).isEqualTo(Verdict.DENIED);
    assertThat(r.blockedBy().orElseThrow().path()).isEqualTo("return");
    assertThat(r.blockedBy().orElseThrow().direction()).contains(Direction.EGRESS);
    HopRule.NetworkAclRule rule = (HopRule.NetworkAclRule) r.blockedBy().orElseThrow().rule().orElseThrow();
    assertThat(rule.decision().ruleNumber()).isEqualTo(32767);
    acl[0].outbound(100, RuleAction.ALLOW, IpProtocol.TCP, "32768-60999", "0.0.0.0/0");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 443).verdict()).as("client port 49152 is in Linux's range")
        .isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void lowestNumberFirstAndFirstMatchWinsWhateverTheListedOrder() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    acl[0].inbound(200, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0")
        .inbound(100, RuleAction.DENY, IpProtocol.TCP, "22", "8.8.8.0/24")
        .outbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
    ReachResult denied = tcp(f, "8.8.8.8", "eni-1", 22);
    assertThat(denied.verdict()).isEqualTo(Verdict.DENIED);
    HopRule.NetworkAclRule rule = (HopRule.NetworkAclRule) denied.blockedBy().orElseThrow().rule().orElseThrow();
    assertThat(rule.decision().ruleNumber()).isEqualTo(100);
    assertThat(tcp(f, "8.8.4.4", "eni-1", 22).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tcp(f, "8.8.8.8", "eni-1", 23).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void theStarRuleDeniesWithItsNumberPerFamily() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    acl[0].inbound(100, RuleAction.ALLOW, IpProtocol.TCP, "80", "0.0.0.0/0")
        .outbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0")
        .outbound(101, RuleAction.ALLOW, IpProtocol.ALL, null, "::/0");
    ReachResult v4 = tcp(f, "8.8.8.8", "eni-1", 22);
    assertThat(((HopRule.NetworkAclRule) v4.blockedBy().orElseThrow().rule().orElseThrow()).decision().ruleNumber())
        .isEqualTo(32767);
    ReachResult v6 = tcp(f, "2606:4700::1111", "eni-1", 80);
    assertThat(((HopRule.NetworkAclRule) v6.blockedBy().orElseThrow().rule().orElseThrow()).decision().ruleNumber())
        .as("an IPv4 rule does not match IPv6 traffic; IPv6's * rule is 32768").isEqualTo(32768);
    acl[0].withoutStarRules();
    ReachResult implicit = tcp(f, "8.8.8.8", "eni-1", 22);
    assertThat(implicit.verdict()).as("missing * rules still deny").isEqualTo(Verdict.DENIED);
    assertThat(((HopRule.NetworkAclRule) implicit.blockedBy().orElseThrow().rule().orElseThrow()).decision()
        .ruleNumber()).isEqualTo(32767);
  }

  @Test
  void theDefaultAclAllowsAllAndANewCustomOneDeniesAll() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    assertThat(tcp(f, "eni-1", "eni-2", 3306).blockedBy().orElseThrow().kind()).isEqualTo("network-acl");
    assertThat(tcp(f, "eni-2", "8.8.8.8", 3306).blockedBy().orElseThrow().kind())
        .as("default ACL lets it out; no public IP stops it").isEqualTo("no-public-ip");
  }

  @Test
  void aSubnetWithoutAssociationUsesTheVpcDefaultAcl() {
    NetworkFixture f = base();
    f.networkAcl("acl-unused", "vpc-1");
    f.securityGroup("sg-open", "open", "vpc-1").ingress(IpProtocol.ALL, null, "0.0.0.0/0");
    f.eni("eni-1", "subnet-1", List.of("sg-open"), "10.0.1.10=54.0.0.10");
    assertThat(tcp(f, "8.8.8.8", "eni-1", 22).verdict()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void icmpEchoRepliesNeedTheReplyTypeOneWayMessagesNone() {
    NetworkFixture.AclBuilder[] acl = new NetworkFixture.AclBuilder[1];
    NetworkFixture f = withAcl(acl);
    acl[0].inboundIcmp(100, RuleAction.ALLOW, IpProtocol.ICMP, -1, -1, "0.0.0.0/0")
        .outboundIcmp(100, RuleAction.ALLOW, IpProtocol.ICMP, 8, -1, "0.0.0.0/0");
    ReachResult ping = icmp(f, "8.8.8.8", "eni-1", 8, 0);
    assertThat(ping.blockedBy().orElseThrow().path()).as("the echo reply (type 0) is not allowed out")
        .isEqualTo("return");
    assertThat(icmp(f, "8.8.8.8", "eni-1", 3, 4).verdict()).as("destination unreachable has no reply")
        .isEqualTo(Verdict.ALLOWED);
    acl[0].outboundIcmp(110, RuleAction.ALLOW, IpProtocol.ICMP, 0, -1, "0.0.0.0/0");
    assertThat(icmp(f, "8.8.8.8", "eni-1", 8, 0).verdict()).isEqualTo(Verdict.ALLOWED);
  }
}
