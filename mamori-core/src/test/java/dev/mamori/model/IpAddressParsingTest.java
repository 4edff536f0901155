package dev.mamori.model;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddressString;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path for dotted quads and IPv4 blocks gives exactly what the general parser gives. */
class IpAddressParsingTest {
  private static final String[] ODD = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "256.0.0.1", "10.0.0", "10.0.0.1.2",
    "010.0.0.1", "10..0.1", "10.0.0.1 ", " 10.0.0.1", "1.2.3.-4", "1.2.3.4a", "", ".1.2.3", "1.2.3.", "1000.1.1.1",
    "::1", "2001:db8::1", "::ffff:10.0.0.1", "10.0.0.0/8", "0x0a.0.0.1"};

  @Test
  void addressesParseAsTheGeneralParserDoes() {
    for (String s : ODD) {
      assertThat(outcome(() -> IpAddress.parse(s))).as(s).isEqualTo(outcome(() -> libraryAddress(s)));
    }
    Random r = new Random(7);
    for (int k = 0; k < 5000; k++) {
      String s = r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(300);
      assertThat(outcome(() -> IpAddress.parse(s))).as(s).isEqualTo(outcome(() -> libraryAddress(s)));
    }
  }

  @Test
  void blocksParseAsTheGeneralParserDoes() {
    String[] odd = {"10.0.0.0/8", "10.1.2.3/16", "0.0.0.0/0", "10.0.0.0/33", "10.0.0.0/08", "10.0.0.0/", "10.0.0.0/-1",
      "10.0.0.0", "010.0.0.0/8", "10.0.0.0/8/8", "2001:db8::/56", "10.0.0.0/ 8", "10.0.0.0/123"};
    for (String s : odd) {
      assertThat(outcome(() -> Cidr.parse(s))).as(s).isEqualTo(outcome(() -> libraryBlock(s)));
    }
    Random r = new Random(11);
    for (int k = 0; k < 5000; k++) {
      String s = r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "/" + r.nextInt(34);
      assertThat(outcome(() -> Cidr.parse(s))).as(s).isEqualTo(outcome(() -> libraryBlock(s)));
    }
  }

  /** The value, or the error message: two parsers agree when both are equal. */
  private static Object outcome(java.util.function.Supplier<?> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      return Optional.of("error");
    }
  }

  /** The parsing as it was before the fast path. */
  private static IpAddress libraryAddress(String text) {
    try {
      inet.ipaddr.IPAddress a = new IPAddressString(text.trim()).toAddress();
      if (a.isPrefixed() && a.getNetworkPrefixLength() != a.getBitCount()) {
        throw new IllegalArgumentException("CIDR");
      }
      return IpAddress.fromLibrary(a.withoutPrefixLength());
    } catch (AddressStringException | inet.ipaddr.IncompatibleAddressException e) {
      throw new IllegalArgumentException("bad");
    }
  }

  private static Cidr libraryBlock(String text) {
    String t = text.trim();
    try {
      if (t.isEmpty() || t.chars().anyMatch(Character::isWhitespace)) {
        throw new AddressStringException("empty");
      }
      inet.ipaddr.IPAddress a = new IPAddressString(t).toAddress();
      if (a == null || a.isMultiple() && !a.isPrefixed()) {
        throw new AddressStringException(t);
      }
      int length = a.isPrefixed() ? a.getNetworkPrefixLength() : a.getBitCount();
      IpAddress network = IpAddress.fromLibrary(a.getLower().withoutPrefixLength());
      return new Cidr(Cidr.mask(network, length), length);
    } catch (AddressStringException | inet.ipaddr.IncompatibleAddressException e) {
      throw new IllegalArgumentException("bad");
    }
  }
}
