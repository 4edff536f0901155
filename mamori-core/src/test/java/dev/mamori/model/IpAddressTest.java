package dev.mamori.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IpAddressTest {

  @Test
  void equalAddressesHashAlike() {
    assertThat(IpAddress.parse("10.1.2.3").hashCode()).isEqualTo(IpAddress.parse("10.1.2.3").hashCode());
    assertThat(IpAddress.parse("2001:db8::1").hashCode()).isEqualTo(IpAddress.parse("2001:db8:0::1").hashCode());
  }

  /**
   * The private addresses of a few /16 blocks — what a VPC estate looks like — must spread over a
   * hash table's buckets as random keys would, not pile up (the record's own hash put up to 45 of
   * 10,000 such addresses in one bucket).
   */
  @Test
  void addressesOfAFewBlocksSpreadOverHashBuckets() {
    int buckets = 1 << 15;
    Map<Integer, Integer> perBucket = new HashMap<>();
    for (int vpc = 0; vpc < 10; vpc++) {
      for (int third = 0; third < 100; third++) {
        for (int host = 10; host < 30; host++) {
          int h = IpAddress.parse("10." + vpc + "." + third + "." + host).hashCode();
          perBucket.merge((h ^ (h >>> 16)) & (buckets - 1), 1, Integer::sum); // as HashMap spreads it
        }
      }
    }
    assertThat(perBucket.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(8);
  }
}
