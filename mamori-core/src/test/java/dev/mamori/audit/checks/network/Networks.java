package dev.mamori.audit.checks.network;

import dev.mamori.testing.NetworkFixture;

/** Small networks for the network checks' fixtures. */
final class Networks {
  private Networks() {}

  /**
   * vpc-1 (10.0.0.0/16, 2600:1f18:1:100::/56) with an internet gateway and one subnet routed to it
   * (subnet-1, 10.0.1.0/24 and 2600:1f18:1:101::/64) under the VPC's default ACL (all traffic both
   * ways). Tests add groups, ACLs and interfaces.
   */
  static NetworkFixture publicSubnet() {
    NetworkFixture f = new NetworkFixture();
    f.vpc("vpc-1", "10.0.0.0/16", "2600:1f18:1:100::/56");
    f.internetGateway("igw-1", "vpc-1");
    f.subnet("subnet-1", "vpc-1", "10.0.1.0/24", "2600:1f18:1:101::/64");
    f.routeTable("rtb-1", "vpc-1", true).route("0.0.0.0/0", "igw-1").route("::/0", "igw-1");
    f.defaultNetworkAcl("acl-default", "vpc-1", "subnet-1");
    return f;
  }
}
