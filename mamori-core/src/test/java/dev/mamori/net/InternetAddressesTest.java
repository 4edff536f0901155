package dev.mamori.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.IpAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternetAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.0.0.0", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
      "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0", "223.255.255.255", "2600::1",
      "2001:200::1", "2002::1", "3ffe::1"})
  void publicAddressesAreInternet(String address) {
    assertThat(InternetAddresses.contains(IpAddress.parse(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.1.2.3", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.169.254", "172.16.0.1",
      "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.51.100.7",
      "203.0.113.9", "224.0.0.1", "239.255.255.255", "240.0.0.1", "255.255.255.255", "::1", "fe80::1",
      "fd00::1", "ff02::1", "2001:db8::1", "2001::1", "3fff::1", "::ffff:8.8.8.8", "4000::1"})
  void specialAddressesAreNot(String address) {
    assertThat(InternetAddresses.contains(IpAddress.parse(address))).isFalse();
  }
}
