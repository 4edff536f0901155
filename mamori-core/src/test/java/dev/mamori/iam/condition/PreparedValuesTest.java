package dev.mamori.iam.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.match.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Policy values read once per clause must answer exactly as {@link ValueComparison} reading them
 * on every comparison, for every operator, including values that do not read as the operator's
 * type (they never match).
 */
class PreparedValuesTest {
  private static final long SEED = 20261128L;
  private static final String[] VALUES = {"true", "false", " TRUE ", "True", "tru", "falſe", "", "10", "10.0", "-3", "1e2",
      "abc", "ab*", "a?c", "ABC", "2020-01-01T00:00:00Z", "2020-01-01", "1577836800", "2026-11-28T12:00:00+01:00",
      "10.0.0.0/8", "10.1.2.3", "192.0.2.1", "2001:db8::/32", "2001:db8::1", "not-an-ip", "aGVsbG8=", "aGVsbG8",
      "arn:aws:iam::111122223333:user/alice", "arn:aws:iam::*:user/*", "arn:aws:s3:::data/*", "*"};

  @Test
  void agreesWithValueComparisonForEveryOperator() {
    Random random = new Random(SEED);
    for (BaseOperator op : BaseOperator.values()) {
      if (op == BaseOperator.NULL) {
        continue;
      }
      for (int i = 0; i < 500; i++) {
        List<Glob> policy = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int j = 0; j < count; j++) {
          policy.add(Glob.of(VALUES[random.nextInt(VALUES.length)]));
        }
        String context = VALUES[random.nextInt(VALUES.length)];
        boolean expected = policy.stream().anyMatch(p -> ValueComparison.matches(op, context, p));
        assertThat(PreparedValues.of(op, policy).anyMatches(context)).as("%s %s against %s", op, policy, context)
            .isEqualTo(expected);
      }
    }
  }
}
