package dev.mamori.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @Test
  void parsesAndFormatsIpv4() {
    IpAddress a = IpAddress.parse("10.1.2.3");
    assertThat(a.family()).isEqualTo(IpFamily.IPV4);
    assertThat(a.low()).isEqualTo(0x0A010203L);
    assertThat(a).hasToString("10.1.2.3");
    assertThat(IpAddress.parse("255.255.255.255")).isEqualTo(IpAddress.last(IpFamily.IPV4));
  }

  @Test
  void formatsIpv6AsRfc5952() {
    assertThat(IpAddress.parse("2001:0DB8:0:0:0:0:0:1")).hasToString("2001:db8::1");
    assertThat(IpAddress.parse("::")).hasToString("::");
    assertThat(IpAddress.parse("1:0:0:2:0:0:0:3")).hasToString("1:0:0:2::3");
    assertThat(IpAddress.parse("1:0:2:3:4:5:6:7")).hasToString("1:0:2:3:4:5:6:7");
    assertThat(IpAddress.parse("::ffff:10.0.0.1")).hasToString("::ffff:a00:1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.0.0.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d",
      "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::", "1.2.3.4/8", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
      "1:2:3:4:5:6:7::8", "::1.2.3.4.5", "host.example.com"})
  void rejectsInvalidLiterals(String text) {
    assertThatThrownBy(() -> IpAddress.parse(text)).isInstanceOf(IllegalArgumentException.class);
    assertThat(IpAddress.isValid(text)).isFalse();
  }

  @Test
  void agreesWithTheJdkOnRandomAddresses() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 5000; i++) {
      long high = random.nextInt(4) == 0 ? 0 : random.nextLong();
      long low = random.nextInt(4) == 0 ? random.nextInt(65536) : random.nextLong();
      IpAddress v6 = IpAddress.ipv6(high, low);
      byte[] bytes = ByteBuffer.allocate(16).putLong(high).putLong(low).array();
      InetAddress jdk = InetAddress.getByAddress(bytes);
      assertThat(IpAddress.parse(jdk.getHostAddress())).isEqualTo(v6);
      assertThat(IpAddress.parse(v6.toString())).isEqualTo(v6);
      IpAddress v4 = IpAddress.ipv4(random.nextInt());
      assertThat(InetAddress.getByName(v4.toString()).getAddress())
          .isEqualTo(ByteBuffer.allocate(4).putInt((int) v4.low()).array());
      assertThat(IpAddress.parse(v4.toString())).isEqualTo(v4);
    }
  }

  @Test
  void stepsAcrossTheHighWordOfIpv6() {
    IpAddress a = IpAddress.ipv6(0, -1L);
    assertThat(a.next()).isEqualTo(IpAddress.ipv6(1, 0));
    assertThat(a.next().previous()).isEqualTo(a);
    assertThat(a.compareTo(a.next())).isNegative();
    assertThat(IpAddress.ipv6(-1L, 0).compareTo(IpAddress.ipv6(1, 0))).isPositive();
    assertThatThrownBy(() -> IpAddress.last(IpFamily.IPV6).next()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ipv4SortsBeforeIpv6() {
    assertThat(IpAddress.last(IpFamily.IPV4).compareTo(IpAddress.first(IpFamily.IPV6))).isNegative();
  }
}
