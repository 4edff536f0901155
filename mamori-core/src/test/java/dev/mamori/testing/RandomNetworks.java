package dev.mamori.testing;

import dev.mamori.model.CloudModel;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RuleAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random small networks for seeded tests: one or two VPCs (IPv4, sometimes IPv6), internet and
 * egress-only gateways, a NAT gateway, a peering, route tables with default, specific, prefix-list,
 * peering and blackhole routes, default and custom network ACLs, security groups with CIDR, group and
 * prefix-list peers (some unresolvable), and interfaces with and without public addresses or groups.
 */
public final class RandomNetworks {

  public static final String[] CIDRS = {"0.0.0.0/0", "8.8.0.0/16", "8.8.8.8/32", "8.8.8.0/24", "10.0.0.0/16",
      "10.1.0.0/16", "128.0.0.0/1", "1.0.0.0/8", "10.0.1.0/24", "::/0", "2600:1f18:bbbb::/48", "2600::/16"};
  public static final String[] PORTS = {"22", "80", "443", "0-1023", "1024-65535", "32768-60999", "49152-65535",
      "1000-2000", "0-65535"};
  private static final IpProtocol[] PROTOCOLS = {IpProtocol.ALL, IpProtocol.TCP, IpProtocol.TCP, IpProtocol.UDP,
      IpProtocol.ICMP, IpProtocol.ICMPV6, new IpProtocol(47)};
  private static final int[] ICMP_TYPES = {-1, 0, 3, 8, 128, 129};

  private final Random r;
  private final NetworkFixture f = new NetworkFixture();
  private final List<String> interfaceIds = new ArrayList<>();
  private final java.util.Map<String, Integer> groupCounts = new java.util.HashMap<>();

  private RandomNetworks(Random random) {
    this.r = random;
  }

  /** A random network and the IDs of its interfaces. */
  public record Network(CloudModel model, List<String> interfaceIds) {}

  public static Network generate(Random random) {
    RandomNetworks g = new RandomNetworks(random);
    g.build();
    return new Network(g.f.build(), List.copyOf(g.interfaceIds));
  }

  private boolean chance(double p) {
    return r.nextDouble() < p;
  }

  private <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  private void build() {
    boolean v6 = chance(0.4);
    boolean hasB = chance(0.6);
    f.vpc("vpc-a", v6 ? new String[] {"10.0.0.0/16", "2600:1f18:aaaa::/56"} : new String[] {"10.0.0.0/16"});
    int subnetsA = 1 + r.nextInt(3);
    for (int i = 1; i <= subnetsA; i++) {
      f.subnet("subnet-a" + i, "vpc-a", v6 ? new String[] {"10.0." + i + ".0/24", "2600:1f18:aaaa:" + i + "::/64"}
          : new String[] {"10.0." + i + ".0/24"});
    }
    if (hasB) {
      f.vpc("vpc-b", v6 ? new String[] {"10.1.0.0/16", "2600:1f18:bbbb::/56"} : new String[] {"10.1.0.0/16"});
      f.subnet("subnet-b1", "vpc-b", v6 ? new String[] {"10.1.1.0/24", "2600:1f18:bbbb:1::/64"}
          : new String[] {"10.1.1.0/24"});
    }
    boolean igwA = chance(0.85);
    if (igwA) {
      f.internetGateway("igw-a", "vpc-a");
    }
    if (hasB && chance(0.5)) {
      f.internetGateway("igw-b", "vpc-b");
    }
    if (v6 && chance(0.4)) {
      f.egressOnlyGateway("eigw-a", "vpc-a");
    }
    boolean nat = chance(0.5);
    if (nat) {
      f.natGateway("nat-a", "vpc-a", "subnet-a1", "10.0.1.200", "52.0.0.200");
    }
    boolean peering = hasB && chance(0.7);
    if (peering) {
      f.peering("pcx-ab", "vpc-a", "vpc-b", chance(0.85) ? "active" : "pending-acceptance");
    }
    if (chance(0.4)) {
      f.prefixList("pl-1", "IPv4", chance(0.7) ? List.of("8.8.0.0/16", "1.1.1.0/24") : null);
    }
    routes("vpc-a", subnetsA, hasB, v6);
    if (hasB) {
      NetworkFixture.TableBuilder main = f.routeTable("rtb-b", "vpc-b", true);
      if (chance(0.6)) {
        main.route("0.0.0.0/0", "igw-b");
      }
      if (peering && chance(0.8)) {
        main.route("10.0.0.0/16", "pcx-ab");
      }
      if (v6 && chance(0.5)) {
        main.route("::/0", "igw-b");
      }
    }
    acls("vpc-a", subnetsA, "a");
    if (hasB) {
      acls("vpc-b", 1, "b");
    }
    groups("vpc-a", "a", hasB);
    if (hasB) {
      groups("vpc-b", "b", true);
    }
    interfaces("a", subnetsA, v6);
    if (hasB) {
      interfaces("b", 1, v6);
    }
  }

  private void routes(String vpc, int subnets, boolean hasB, boolean v6) {
    NetworkFixture.TableBuilder main = f.routeTable("rtb-a-main", vpc, true);
    randomRoutes(main, hasB, v6);
    for (int i = 1; i <= subnets; i++) {
      if (chance(0.5)) {
        randomRoutes(f.routeTable("rtb-a" + i, vpc, false, "subnet-a" + i), hasB, v6);
      }
    }
  }

  private void randomRoutes(NetworkFixture.TableBuilder t, boolean hasB, boolean v6) {
    String[] defaults = {"igw-a", "igw-a", "igw-a", "nat-a", "nat-a", "tgw-1", "igw-b"};
    if (chance(0.8)) {
      String target = pick(defaults);
      if (chance(0.08)) {
        t.blackhole("0.0.0.0/0", target);
      } else {
        t.route("0.0.0.0/0", target);
      }
    }
    if (chance(0.2)) {
      t.route("8.8.8.0/24", chance(0.5) ? "igw-a" : "nat-a");
    }
    if (chance(0.1)) {
      t.route("1.0.0.0/8", "igw-a");
    }
    if (hasB && chance(0.7)) {
      t.route("10.1.0.0/16", "pcx-ab");
    }
    if (v6 && chance(0.7)) {
      t.route("::/0", chance(0.6) ? "igw-a" : "eigw-a");
    }
    if (hasB && v6 && chance(0.4)) {
      t.route("2600:1f18:bbbb::/56", "pcx-ab");
    }
    if (chance(0.15)) {
      t.route("pl-1", chance(0.5) ? "igw-a" : "nat-a");
    }
  }

  private void acls(String vpc, int subnets, String letter) {
    List<String> defaults = new ArrayList<>();
    for (int i = 1; i <= subnets; i++) {
      String subnet = "subnet-" + letter + i;
      if (chance(0.4)) {
        NetworkFixture.AclBuilder a = f.networkAcl("acl-" + letter + i, vpc, subnet);
        randomEntries(a);
      } else {
        defaults.add(subnet);
      }
    }
    f.defaultNetworkAcl("acl-" + letter + "-default", vpc, defaults.toArray(new String[0]));
  }

  private void randomEntries(NetworkFixture.AclBuilder a) {
    Set<Integer> numbers = new LinkedHashSet<>();
    int count = 1 + r.nextInt(6);
    while (numbers.size() < count) {
      numbers.add(10 * (1 + r.nextInt(30)));
    }
    for (int number : numbers) {
      boolean egress = r.nextBoolean();
      RuleAction action = chance(0.7) ? RuleAction.ALLOW : RuleAction.DENY;
      IpProtocol protocol = pick(PROTOCOLS);
      String cidr = pick(CIDRS);
      if (protocol.isIcmp() && chance(0.6)) {
        int type = ICMP_TYPES[r.nextInt(ICMP_TYPES.length)];
        int code = type == -1 || chance(0.5) ? -1 : 0;
        if (egress) {
          a.outboundIcmp(number, action, protocol, type, code, cidr);
        } else {
          a.inboundIcmp(number, action, protocol, type, code, cidr);
        }
        continue;
      }
      String ports = protocol.hasPorts() ? pick(PORTS) : null;
      if (egress) {
        a.outbound(number, action, protocol, ports, cidr);
      } else {
        a.inbound(number, action, protocol, ports, cidr);
      }
    }
    if (chance(0.3)) {
      // the classic stateless trap: everything in, replies only to Linux ephemeral ports
      a.inbound(400, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
      a.outbound(400, RuleAction.ALLOW, IpProtocol.TCP, "32768-60999", "0.0.0.0/0");
      a.outbound(410, RuleAction.ALLOW, IpProtocol.ICMP, null, "0.0.0.0/0");
    }
    if (chance(0.6)) {
      a.inbound(500, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
      a.outbound(500, RuleAction.ALLOW, IpProtocol.TCP, "1024-65535", "0.0.0.0/0");
    }
    if (chance(0.5)) {
      a.inbound(600, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
      a.outbound(600, RuleAction.ALLOW, IpProtocol.ALL, null, "0.0.0.0/0");
    }
  }

  private void groups(String vpc, String letter, boolean otherVpc) {
    if (chance(0.9)) {
      f.defaultSecurityGroup("sg-" + letter + "-default", vpc);
    }
    int count = 1 + r.nextInt(3);
    groupCounts.put(letter, count);
    for (int i = 1; i <= count; i++) {
      NetworkFixture.GroupBuilder g = f.securityGroup("sg-" + letter + i, "group-" + letter + i, vpc);
      int rules = r.nextInt(5);
      for (int k = 0; k < rules; k++) {
        addRule(g, letter, count, otherVpc, true);
      }
      if (chance(0.5)) {
        g.ingress(chance(0.5) ? IpProtocol.ALL : IpProtocol.TCP, null, chance(0.7) ? "0.0.0.0/0" : "::/0");
      }
      if (chance(0.3)) {
        g.clearEgress();
        int out = r.nextInt(3);
        for (int k = 0; k < out; k++) {
          addRule(g, letter, count, otherVpc, false);
        }
      }
    }
  }

  private void addRule(NetworkFixture.GroupBuilder g, String letter, int count, boolean otherVpc, boolean ingress) {
    IpProtocol protocol = pick(PROTOCOLS);
    String ports = protocol.hasPorts() ? pick(PORTS) : null;
    double peer = r.nextDouble();
    if (ingress && protocol.isIcmp() && chance(0.5)) {
      int type = ICMP_TYPES[r.nextInt(ICMP_TYPES.length)];
      g.ingressIcmp(protocol, type, type == -1 ? -1 : 0, pick(CIDRS));
    } else if (peer < 0.65) {
      if (ingress) {
        g.ingress(protocol, ports, pick(CIDRS));
      } else {
        g.egress(protocol, ports, pick(CIDRS));
      }
    } else if (peer < 0.9) {
      String target = chance(0.05) ? "sg-gone" : otherVpc && chance(0.3) ? "sg-" + (letter.equals("a") ? "b" : "a") + "1"
          : "sg-" + letter + (1 + r.nextInt(count));
      if (ingress) {
        g.ingressFromGroup(protocol, ports, target);
      } else {
        g.egressToGroup(protocol, ports, target);
      }
    } else if (ingress) {
      g.ingressFromPrefixList(protocol, ports, "pl-1");
    }
  }

  private void interfaces(String letter, int subnets, boolean v6) {
    int publicCounter = 0;
    for (int i = 1; i <= subnets; i++) {
      int count = 1 + r.nextInt(2);
      for (int k = 0; k < count; k++) {
        String id = "eni-" + letter + i + k;
        List<String> groups = new ArrayList<>();
        int groupCount = chance(0.2) ? 0 : 1 + r.nextInt(2);
        for (int gi = 0; gi < groupCount; gi++) {
          String g = chance(0.03) ? "sg-gone" : "sg-" + letter + (1 + r.nextInt(groupCounts.get(letter)));
          if (!groups.contains(g)) {
            groups.add(g);
          }
        }
        List<String> addresses = new ArrayList<>();
        String octet = letter.equals("a") ? "0" : "1";
        String privateIp = "10." + octet + "." + i + "." + (10 + k);
        addresses.add(chance(0.55) ? privateIp + "=54.0." + octet + "." + (++publicCounter + 10 * i) : privateIp);
        if (v6 && chance(0.5)) {
          addresses.add("2600:1f18:" + (letter.equals("a") ? "aaaa" : "bbbb") + ":" + i + "::" + (10 + k));
        }
        f.eni(id, "subnet-" + letter + i, groups, addresses.toArray(new String[0]));
        interfaceIds.add(id);
      }
    }
  }
}
