package dev.mamori.net.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.Corpus;
import dev.mamori.testing.Loads;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end flows of Batfish's AWS tests (corpus: network/batfish-aws-tests/EXPECTED_TRACES.md)
 * that fall in Mamori's scope — security groups, network ACLs, routes, internet and NAT gateways,
 * peering — give Batfish's disposition. Flows Batfish builds without ports ({@code getAnyFlow}) use
 * its default IP protocol, 0. docs/network-acceptance.md lists the flows left out and why. Skipped,
 * with a message, when the shared corpus is absent.
 */
class BatfishAcceptanceTest {

  /**
   * Batfish says ACCEPTED, but the snapshot holds no network ACLs at all (no NetworkAcls.json): Batfish
   * treats that as no filter, Mamori as data not collected (DESIGN.md: never guess), so NOT_EVALUATED
   * with every other hop allowing the flow. See docs/network-acceptance.md.
   */
  private static final String ACCEPTED_BUT_NO_ACLS = "ACCEPTED (no network ACLs collected)";

  /** One Batfish flow: the snapshot folder, the test it comes from, the ends, and Batfish's disposition. */
  record Flow(String snapshot, String test, String from, String to, int protocol, int port, String disposition) {}

  private static final List<Flow> FLOWS = List.of(
      new Flow("test-public-subnet", "testFromInternetToValidPublicIp", "8.8.8.8", "18.216.80.133", 6, 80, "DENIED_IN"),
      new Flow("test-public-subnet", "testFromInternetToPrivateIp", "internet", "10.0.0.91", 0, 0, "NULL_ROUTED"),
      new Flow("test-public-subnet", "testToInternet", "i-06669a407b2ef3ae5", "8.8.8.8", 0, 0, "EXITS_NETWORK"),
      new Flow("test-public-private-subnet", "testFromPrivateToPublicSubnet", "i-099cf38911942421c", "10.0.0.47", 0, 0,
          "DENIED_IN"),
      new Flow("test-public-private-subnet", "testFromPublicToPrivateSubnet", "i-094a9e5b545a4fde4", "10.0.1.204", 0, 0,
          "DENIED_IN"),
      new Flow("test-public-private-subnet", "testFromInternet", "internet", "13.58.55.60", 0, 0, "DENIED_IN"),
      new Flow("test-public-private-subnet", "testFromInternet", "internet", "10.0.0.47", 0, 0, "NULL_ROUTED"),
      new Flow("test-public-private-subnet", "testToInternet", "i-094a9e5b545a4fde4", "8.8.8.8", 0, 0, "EXITS_NETWORK"),
      new Flow("test-public-private-subnet", "testToSite", "i-094a9e5b545a4fde4", "19.168.0.0", 0, 0, "EXITS_NETWORK"),
      new Flow("test-subnet", "testInstanceToInstance", "i-08ef86e76fceabd8d", "10.10.1.44", 0, 0, "DENIED_IN"),
      new Flow("test-subnet", "testInstanceToOutsideSubnet", "i-08ef86e76fceabd8d", "10.10.0.1", 0, 0, "NULL_ROUTED"),
      new Flow("test-vpc-peering", "testFromAtoB", "i-06ba034d88c84ef07", "192.168.1.106", 0, 0, "DENIED_IN"),
      new Flow("test-vpc-peering", "testFromBtoA", "i-0b14080af811fda3d", "10.10.10.157", 0, 0, "DENIED_IN"),
      new Flow("test-vpc-peering", "testFromAtoUnusedSubnet", "i-06ba034d88c84ef07", "192.168.100.1", 0, 0, "NO_ROUTE"),
      new Flow("test-vpc-peering", "testFromBtoUnusedSubnet", "i-0b14080af811fda3d", "10.10.100.1", 0, 0, "NULL_ROUTED"),
      new Flow("test-vpc-peering", "testFromBtoUnusedIp", "i-0b14080af811fda3d", "10.10.10.11", 0, 0,
          "NEIGHBOR_UNREACHABLE"),
      new Flow("test-vpc-peering-multi-account", "testFromAtoB", "i-07ae69cc808e8804e", "10.2.1.252", 6, 22,
          ACCEPTED_BUT_NO_ACLS),
      new Flow("test-vpc-peering-multi-account", "testFromBtoA", "i-066ce0b1efbb5602c", "10.1.1.100", 6, 22,
          ACCEPTED_BUT_NO_ACLS),
      new Flow("test-nat-gateway", "testInstanceToInternet_bidirectional", "i-0a128d26e59be60f3", "8.8.8.8", 6, 80,
          "EXITS_NETWORK"),
      new Flow("test-nat-gateway", "testUnsupportedIpProtocol", "i-0a128d26e59be60f3", "8.8.8.8", 107, 0, "DENIED_IN"),
      new Flow("test-nat-gateway", "testNonSessionPacket", "8.8.8.8", "3.135.127.225", 6, 80, "DENIED_IN"),
      new Flow("test-nat-gateway", "testIntraSubnetPacket", "i-0b31b509174d7f5de", "10.1.250.210", 6, 80, "DENIED_IN"),
      new Flow("test-vpc-endpoint-gateway", "testFromSubnetPrivate_otherAwsServices", "i-01c6c0647fdccc89e",
          "54.222.57.1", 6, 443, "NO_ROUTE"));

  /** What Mamori may name as the blocker for each failing Batfish disposition. */
  private static final Map<String, Set<String>> BLOCKERS = Map.of(
      "DENIED_IN", Set.of("security-group", "network-acl", "nat-gateway"),
      "DENIED_OUT", Set.of("security-group", "network-acl"),
      "NO_ROUTE", Set.of("route"),
      "NULL_ROUTED", Set.of("route", "no-destination"),
      "NEIGHBOR_UNREACHABLE", Set.of("no-destination"));

  private final Map<String, ReachabilityAnalyzer> analyzers = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> inScopeFlowsGiveBatfishsDisposition() {
    Path corpus = Corpus.require("network/batfish-aws-tests");
    return FLOWS.stream().map(f -> DynamicTest.dynamicTest(f.snapshot() + " " + f.test() + " " + f.from() + " -> "
        + f.to(), () -> check(corpus, f)));
  }

  private void check(Path corpus, Flow f) {
    ReachabilityAnalyzer analyzer = analyzers.computeIfAbsent(f.snapshot(), s -> {
      CloudModel model = Loads.cleanly(corpus.resolve(s));
      return new ReachabilityAnalyzer(NetworkTopology.of(model));
    });
    ReachResult r = analyzer.analyze(new FlowQuery(analyzer.resolve(f.from()), analyzer.resolve(f.to()), f.protocol(),
        FlowQuery.DEFAULT_SOURCE_PORT, f.port(), -1, 0));
    String trace = ReachAgreesWithReferenceTest.describe(r);
    if (f.disposition().equals(ACCEPTED_BUT_NO_ACLS)) {
      assertThat(r.verdict()).as(trace).isEqualTo(Verdict.NOT_EVALUATED);
      assertThat(r.unknowns()).as(trace).isNotEmpty().allMatch(u -> u.contains("no network ACL"));
      assertThat(r.forward()).as(trace).noneMatch(h -> h.decision() == dev.mamori.net.filter.Outcome.DENIED);
      assertThat(r.returnPath()).as(trace).isNotEmpty()
          .noneMatch(h -> h.decision() == dev.mamori.net.filter.Outcome.DENIED);
      return;
    }
    Verdict expected = BLOCKERS.containsKey(f.disposition()) ? Verdict.DENIED : Verdict.ALLOWED;
    assertThat(r.verdict()).as("Batfish says %s:%n%s", f.disposition(), trace).isEqualTo(expected);
    if (expected == Verdict.DENIED) {
      assertThat(r.blockedBy().orElseThrow().kind()).as(trace).isIn(BLOCKERS.get(f.disposition()));
      assertThat(r.blockedBy().orElseThrow().path()).as(trace).isEqualTo("forward");
    }
  }
}
