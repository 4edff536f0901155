package dev.mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
  private final Ids ids = new Ids(42);

  @Test
  void ec2IdsHaveTheCurrentAwsShape() {
    assertThat(ids.ec2("vpc", 0)).matches("vpc-0[0-9a-f]{16}");
    assertThat(ids.ec2("eni", 12345)).matches("eni-0[0-9a-f]{16}");
    assertThat(ids.uuid("kms", 3)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(ids.iamUniqueId("AIDA", 7)).matches("AIDA[A-Z2-7]{17}");
  }

  @Test
  void idsOfOneKindNeverCollide() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      assertThat(seen.add(ids.ec2("eni", i))).isTrue();
    }
  }

  @Test
  void hexIsZeroPaddedLowercase() {
    for (long v : new long[] {0, 1, 0xabcL, -1, Long.MIN_VALUE, 0x0123456789abcdefL}) {
      assertThat(Ids.hex16(v)).isEqualTo(String.format(Locale.ROOT, "%016x", v));
    }
  }

  @Test
  void theSameSeedGivesTheSameIds() {
    assertThat(new Ids(42).ec2("sg", 99)).isEqualTo(ids.ec2("sg", 99));
    assertThat(new Ids(43).ec2("sg", 99)).isNotEqualTo(ids.ec2("sg", 99));
  }
}
