package dev.mamori.net.reach;

import dev.mamori.net.Protocols;
import dev.mamori.net.topology.NetworkTopology;
import dev.mamori.testing.NetworkFixture;

/** Small helpers for the semantics tests: a base VPC and one-line reach queries. */
final class Flows {
  private Flows() {}

  /**
   * One VPC (IPv4 and IPv6) with an internet gateway, two subnets on the main route table (default
   * routes to the gateway), the default ACL and the default security group as AWS creates them.
   */
  static NetworkFixture base() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16", "2600:1f18:1::/56");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24", "2600:1f18:1:1::/64");
    f.subnet("subnet-2", "vpc-1", "10.0.2.0/24", "2600:1f18:1:2::/64");
    f.routeTable("rtb-main", "vpc-1", true).route("0.0.0.0/0", "igw-1").route("::/0", "igw-1");
    f.defaultNetworkAcl("acl-default", "vpc-1", "subnet-1", "subnet-2");
    f.defaultSecurityGroup("sg-default", "vpc-1");
    return f;
  }

  static ReachResult tcp(NetworkFixture f, String from, String to, int port) {
    return flow(f, from, to, Protocols.TCP, port);
  }

  static ReachResult flow(NetworkFixture f, String from, String to, int protocol, int port) {
    ReachabilityAnalyzer a = new ReachabilityAnalyzer(NetworkTopology.of(f.build()));
    return a.analyze(new FlowQuery(a.resolve(from), a.resolve(to), protocol, FlowQuery.DEFAULT_SOURCE_PORT, port, -1, 0));
  }

  static ReachResult icmp(NetworkFixture f, String from, String to, int type, int code) {
    ReachabilityAnalyzer a = new ReachabilityAnalyzer(NetworkTopology.of(f.build()));
    return a.analyze(new FlowQuery(a.resolve(from), a.resolve(to), Protocols.ICMP, 0, 0, type, code));
  }
}
