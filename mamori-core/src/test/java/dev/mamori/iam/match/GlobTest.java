package dev.mamori.iam.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Glob matching, including its fast paths (literal, prefix then star), against the plain regular
 * expression the reference evaluator builds from the same pattern.
 */
class GlobTest {
  private static final long SEED = 20261128L;
  private static final char[] PATTERN_CHARS = {'a', 'b', ':', '/', '*', '?'};
  private static final char[] TEXT_CHARS = {'a', 'b', ':', '/', '*'};

  @Test
  void prefixThenStarMatchesEveryTextWithThatPrefix() {
    Glob glob = Glob.of("s3:get*");
    assertThat(glob.matches("s3:get")).isTrue();
    assertThat(glob.matches("s3:getobject")).isTrue();
    assertThat(glob.matches("s3:ge")).isFalse();
    assertThat(glob.matches("s3:putobject")).isFalse();
    assertThat(Glob.of("*").matches("")).isTrue();
  }

  @Test
  void escapedStarIsLiteral() {
    Glob literalStar = Glob.builder().literal("a*").build();
    assertThat(literalStar.matches("a*")).isTrue();
    assertThat(literalStar.matches("ab")).isFalse();
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomPatterns() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      Glob glob = Glob.of(random(random, PATTERN_CHARS, 6));
      String text = random(random, TEXT_CHARS, 8);
      boolean expected = Pattern.matches(glob.toRegex(), text);
      assertThat(glob.matches(text)).as("%s against %s", glob, text).isEqualTo(expected);
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      String tail = text.substring(from);
      assertThat(glob.matchesFrom(text, 0, glob.text().length(), from, text.length()))
          .as("%s against %s", glob, tail).isEqualTo(Pattern.matches(glob.toRegex(), tail));
    }
  }

  static String random(Random random, char[] alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      b.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return b.toString();
  }
}
