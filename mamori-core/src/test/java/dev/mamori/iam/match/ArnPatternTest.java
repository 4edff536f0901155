package dev.mamori.iam.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prepared ARN pattern must answer exactly as the plain {@link ArnMatcher}. */
class ArnPatternTest {
  private static final long SEED = 20261128L;
  private static final String[] PATTERN_PARTS = {"", "*", "aws", "s3", "a?s", "us-*", "111122223333", "data", "data/*",
      "*/x", "key:k1", "role/r?"};
  private static final String[] ARN_PARTS = {"", "aws", "s3", "us-east-1", "111122223333", "data", "data/x", "key:k1",
      "role/r1", "a:b"};

  @Test
  void matchesPartByPart() {
    ArnPattern bucketObjects = ArnPattern.of(Glob.of("arn:aws:s3:::data/*"));
    assertThat(bucketObjects.matches("arn:aws:s3:::data/private/report.csv")).isTrue();
    assertThat(bucketObjects.matches("arn:aws:s3:::data")).isFalse();
    assertThat(bucketObjects.matches("arn:aws:s3:::database/x")).isFalse();
    // A wildcard in the region part never spans a colon.
    assertThat(ArnPattern.of(Glob.of("arn:aws:kms:*:111122223333:key/*")).matches("arn:aws:kms:us-east-1:111122223333:key/k"))
        .isTrue();
    assertThat(ArnPattern.of(Glob.of("arn:aws:kms:*::key/*")).matches("arn:aws:kms:us-east-1:111122223333:key/k")).isFalse();
    // Fewer than five colons: the pattern is matched against the whole text.
    assertThat(ArnPattern.of(Glob.of("*")).matches("arn:aws:s3:::data")).isTrue();
    assertThat(ArnPattern.of(Glob.of("arn:aws:s3:::data/x")).matches("arn:aws:s3::")).isFalse();
  }

  @Test
  void agreesWithArnMatcherOnRandomArns() {
    Random random = new Random(SEED);
    for (int i = 0; i < 50_000; i++) {
      Glob glob = Glob.of(random.nextInt(10) == 0 ? pick(random, PATTERN_PARTS) : arn(random, PATTERN_PARTS));
      String arn = random.nextInt(10) == 0 ? pick(random, ARN_PARTS) : arn(random, ARN_PARTS);
      assertThat(ArnPattern.of(glob).matches(arn)).as("%s against %s", glob, arn).isEqualTo(ArnMatcher.matches(glob, arn));
    }
  }

  private static String arn(Random random, String[] parts) {
    StringBuilder b = new StringBuilder(random.nextInt(8) == 0 ? "arn*" : "arn");
    int count = 4 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      b.append(':').append(pick(random, parts));
    }
    return b.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
