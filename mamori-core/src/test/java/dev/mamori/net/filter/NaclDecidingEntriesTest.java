package dev.mamori.net.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import dev.mamori.net.IntRange;
import dev.mamori.net.PacketSet;
import dev.mamori.net.Protocols;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.NetworkFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which entries of an ACL decide a set of packets under first match, and which part each decides. */
class NaclDecidingEntriesTest {

  private static NetworkAclEvaluator acl(java.util.function.Consumer<NetworkFixture.AclBuilder> entries) {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24");
    entries.accept(f.networkAcl("acl-1", "vpc-1", "subnet-1"));
    var model = f.build();
    return NetworkTopology.of(model).networkAcl(model.networkAcls().iterator().next());
  }

  private static final PacketSet SSH_FROM_ANYWHERE = PacketSet.protocol(Protocols.TCP)
      .intersection(PacketSet.destinationPorts(IntRange.single(22)))
      .intersection(PacketSet.sources(Cidr.parse("0.0.0.0/0")));

  @Test
  void aLowerNumberedDenyTakesItsPartAndTheAllowTheRest() {
    NetworkAclEvaluator evaluator = acl(a -> a.inbound(90, RuleAction.DENY, IpProtocol.TCP, "22", "45.33.32.0/24")
        .inbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0"));
    List<NaclDecidingEntry> deciding = evaluator.decidingEntries(Direction.INGRESS, SSH_FROM_ANYWHERE);
    assertThat(deciding).extracting(d -> d.match().entry().ruleNumber()).containsExactly(90, 100);
    assertThat(deciding.get(0).decided().sourceAddresses().toCidrs()).containsExactly(Cidr.parse("45.33.32.0/24"));
    assertThat(deciding.get(0).decided().union(deciding.get(1).decided())).isEqualTo(SSH_FROM_ANYWHERE);
  }

  @Test
  void entriesThatNeverSeeThePacketsDoNotDecideThem() {
    NetworkAclEvaluator evaluator = acl(a -> a.inbound(90, RuleAction.DENY, IpProtocol.TCP, "22", "0.0.0.0/0")
        .inbound(100, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0"));
    assertThat(evaluator.decidingEntries(Direction.INGRESS, SSH_FROM_ANYWHERE))
        .extracting(d -> d.match().entry().ruleNumber()).containsExactly(90);
  }
}
