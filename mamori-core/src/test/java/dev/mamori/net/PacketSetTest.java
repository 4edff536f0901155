package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the algebra; the random tests check the same operations at scale. */
class PacketSetTest {

  private static final IpAddress WEB = IpAddress.parse("10.0.1.10");
  private static final IpAddress CLIENT = IpAddress.parse("203.0.113.5");

  private static PacketSet sshFrom(String cidr) {
    return PacketSet.protocol(Protocols.TCP)
        .intersection(PacketSet.destinationPorts(IntRange.single(22)))
        .intersection(PacketSet.sources(Cidr.parse(cidr)));
  }

  @Test
  void aRuleIsAProductOfItsFields() {
    PacketSet ssh = sshFrom("203.0.113.0/24");
    assertThat(ssh.contains(Packet.tcp(CLIENT, 50000, WEB, 22))).isTrue();
    assertThat(ssh.contains(Packet.tcp(CLIENT, 50000, WEB, 23))).isFalse();
    assertThat(ssh.contains(Packet.udp(CLIENT, 50000, WEB, 22))).isFalse();
    assertThat(ssh.contains(Packet.tcp(IpAddress.parse("198.51.100.1"), 50000, WEB, 22))).isFalse();
    assertThat(ssh.boxes()).singleElement().hasToString(
        "tcp 203.0.113.0-203.0.113.255 -> 0.0.0.0-255.255.255.255 sport 0-65535 dport 22");
  }

  @Test
  void portsExistOnlyForTcpAndUdp() {
    PacketSet port0 = PacketSet.destinationPorts(IntRange.single(0));
    assertThat(port0.contains(Packet.other(47, CLIENT, WEB))).isFalse();
    assertThat(port0.contains(Packet.icmp(CLIENT, WEB, 0, 0))).isFalse();
    assertThat(PacketSet.protocol(47).contains(Packet.other(47, CLIENT, WEB))).isTrue();
  }

  @Test
  void icmpMeansIcmpv6ForIpv6() {
    IpAddress a = IpAddress.parse("2001:db8::1");
    IpAddress b = IpAddress.parse("2001:db8::2");
    PacketSet echo = PacketSet.icmpTypes(IntRange.single(128));
    assertThat(echo.contains(Packet.icmp(a, b, 128, 0))).isTrue();
    assertThat(echo.contains(Packet.other(1, a, b))).isFalse();
    assertThat(PacketSet.protocol(Protocols.ICMP).only(IpFamily.IPV6).contains(Packet.other(1, a, b)))
        .isTrue();
  }

  @Test
  void complementStaysWithinValidPackets() {
    PacketSet notSsh = sshFrom("0.0.0.0/0").complement();
    assertThat(notSsh.contains(Packet.tcp(CLIENT, 1, WEB, 22))).isFalse();
    assertThat(notSsh.contains(Packet.tcp(CLIENT, 1, WEB, 21))).isTrue();
    assertThat(notSsh.union(sshFrom("0.0.0.0/0"))).isEqualTo(PacketSet.universe());
    assertThat(PacketSet.family(IpFamily.IPV4).union(PacketSet.family(IpFamily.IPV6)))
        .isEqualTo(PacketSet.universe());
  }

  @Test
  void reversedSwapsAddressesAndPorts() {
    PacketSet request = PacketSet.of(Packet.tcp(CLIENT, 50000, WEB, 443));
    assertThat(request.reversed()).isEqualTo(PacketSet.of(Packet.tcp(WEB, 443, CLIENT, 50000)));
    PacketSet ping = PacketSet.of(Packet.icmp(CLIENT, WEB, 8, 0));
    assertThat(ping.reversed()).isEqualTo(PacketSet.of(Packet.icmp(WEB, CLIENT, 8, 0)));
  }

  @Test
  void slicesGiveMaximalPortRangesWithMinimalCidrs() {
    PacketSet web = PacketSet.protocol(Protocols.TCP)
        .intersection(PacketSet.destinationPorts(IntRange.of(80, 80)).union(
            PacketSet.destinationPorts(IntRange.of(81, 443))))
        .intersection(PacketSet.sources(AddressSet.of(Cidr.parse("0.0.0.0/1"), Cidr.parse("128.0.0.0/1"))))
        .intersection(PacketSet.destinations(AddressSet.of(WEB)));
    assertThat(web.slices()).singleElement().satisfies(s -> {
      assertThat(s.destinationPorts()).isEqualTo(IntRange.of(80, 443));
      assertThat(s.sources().toCidrs()).containsExactly(Cidr.parse("0.0.0.0/0"));
    });
  }

  @Test
  void aSecurityGroupOfSixtyRulesIsOneSmallSet() {
    List<PacketSet> rules = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      rules.add(PacketSet.protocol(Protocols.TCP)
          .intersection(PacketSet.destinationPorts(IntRange.single(1000 + (i % 12))))
          .intersection(PacketSet.sources(Cidr.parse("10." + i + ".0.0/16"))));
    }
    PacketSet group = PacketSet.unionAll(rules);
    assertThat(group.nodeCount()).isLessThan(200);
    assertThat(group.contains(Packet.tcp(IpAddress.parse("10.13.2.3"), 1, WEB, 1001))).isTrue();
    assertThat(group.contains(Packet.tcp(IpAddress.parse("10.13.2.3"), 1, WEB, 1002))).isFalse();
  }
}
