package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedStringsTest {
  private final RepeatedStrings strings = new RepeatedStrings();

  @Test
  void givesOneStringForTextSeenRecently() {
    char[] buffer = "xx us-east-1 yy".toCharArray();
    String first = strings.of(buffer, 3, 9);
    String second = strings.of("us-east-1".toCharArray(), 0, 9);
    assertThat(first).isEqualTo("us-east-1").isSameAs(second);
  }

  @Test
  void givesTheExactTextWhateverTheSlotHolds() {
    for (int i = 0; i < 20_000; i++) {
      String text = "eni-" + Integer.toHexString(i * 7919);
      assertThat(strings.of(text.toCharArray(), 0, text.length())).isEqualTo(text);
    }
    String empty = strings.of(new char[0], 0, 0);
    assertThat(empty).isEmpty();
    String unicode = "région-é-日本";
    assertThat(strings.of(unicode.toCharArray(), 0, unicode.length())).isEqualTo(unicode);
  }

  @Test
  void longTextIsNotKept() {
    String policy = "{\"Version\": \"2012-10-17\", \"Statement\": [" + "x".repeat(100) + "]}";
    String a = strings.of(policy.toCharArray(), 0, policy.length());
    String b = strings.of(policy.toCharArray(), 0, policy.length());
    assertThat(a).isEqualTo(policy).isEqualTo(b).isNotSameAs(b);
  }
}
