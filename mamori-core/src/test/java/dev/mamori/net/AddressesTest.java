package dev.mamori.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void stepsAcrossTheHighWordOfIpv6() {
    IpAddress a = Addresses.of(IpFamily.IPV6, 0, -1L);
    assertThat(Addresses.next(a)).isEqualTo(Addresses.of(IpFamily.IPV6, 1, 0));
    assertThat(Addresses.previous(Addresses.next(a))).isEqualTo(a);
    assertThat(Addresses.isFollowedBy(a, Addresses.next(a))).isTrue();
    assertThatThrownBy(() -> Addresses.next(Addresses.last(IpFamily.IPV6)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Addresses.previous(Addresses.first(IpFamily.IPV4)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ipv4EndsAtItsOwnLastAddress() {
    assertThat(Addresses.last(IpFamily.IPV4)).hasToString("255.255.255.255");
    assertThat(Addresses.isFollowedBy(Addresses.last(IpFamily.IPV4), Addresses.first(IpFamily.IPV6))).isFalse();
  }

  @Test
  void cidrRangesCoverTheBlock() {
    assertThat(Addresses.range(Cidr.parse("10.0.0.0/8")).last()).hasToString("10.255.255.255");
    assertThat(Addresses.range(Cidr.parse("2001:db8::/63")).last())
        .isEqualTo(IpAddress.parse("2001:db8:0:1:ffff:ffff:ffff:ffff"));
    assertThat(Addresses.range(Cidr.parse("2001:db8::/65")).last())
        .isEqualTo(IpAddress.parse("2001:db8::7fff:ffff:ffff:ffff"));
    assertThat(Addresses.range(Cidr.parse("::/0"))).isEqualTo(AddressRange.all(IpFamily.IPV6));
    assertThat(Addresses.range(Cidr.parse("0.0.0.0/0"))).isEqualTo(AddressRange.all(IpFamily.IPV4));
    assertThat(Addresses.range(new Cidr(IpAddress.parse("10.1.2.3"), 16)).first()).hasToString("10.1.0.0");
  }
}
