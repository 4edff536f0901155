package dev.mamori.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void parsesAndClearsHostBits() {
    assertThat(Cidr.parse("10.1.2.3/16")).isEqualTo(Cidr.parse("10.1.0.0/16"));
    assertThat(Cidr.parse("10.1.2.3/16")).hasToString("10.1.0.0/16");
    assertThat(Cidr.parse("10.1.2.3")).hasToString("10.1.2.3/32");
    assertThat(Cidr.parse("2001:db8::1/32")).hasToString("2001:db8::/32");
    assertThat(Cidr.parse("::/0").range()).isEqualTo(AddressRange.all(IpFamily.IPV6));
    assertThat(Cidr.parse("0.0.0.0/0").range()).isEqualTo(AddressRange.all(IpFamily.IPV4));
  }

  @Test
  void rangesCoverTheBlock() {
    assertThat(Cidr.parse("10.0.0.0/8").lastAddress()).hasToString("10.255.255.255");
    assertThat(Cidr.parse("2001:db8::/63").lastAddress()).hasToString("2001:db8:0:1:ffff:ffff:ffff:ffff");
    assertThat(Cidr.parse("2001:db8::/65").lastAddress()).hasToString("2001:db8::7fff:ffff:ffff:ffff");
    assertThat(Cidr.parse("2001:db8::/64").lastAddress()).hasToString("2001:db8::ffff:ffff:ffff:ffff");
    assertThat(Cidr.parse("10.0.0.0/8").contains(IpAddress.parse("11.0.0.0"))).isFalse();
  }

  @Test
  void rejectsBadPrefixes() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cidr.parse("::/129")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cidr(IpAddress.parse("10.0.0.1"), 8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
