package dev.mamori.iam.condition;

import dev.mamori.iam.match.ArnPattern;
import dev.mamori.iam.match.Glob;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The policy values of one condition clause, read once as the type their operator compares
 * (numbers, instants, address blocks, booleans, bytes, ARN patterns), so that a decision reads
 * only the request's value. Answers exactly as {@link ValueComparison} does value by value: a
 * policy value that does not read as the operator's type never matches, so it is left out here.
 */
@FunctionalInterface
public interface PreparedValues {

  /** Whether the context value matches at least one policy value (before the operator's negation). */
  boolean anyMatches(String contextValue);

  static PreparedValues of(BaseOperator op, List<Glob> policyValues) {
    BaseOperator.Comparison comparison = op.comparison();
    switch (op.family()) {
      case STRING: {
        String[] texts = policyValues.stream().map(Glob::text).toArray(String[]::new);
        return switch (comparison) {
          case EQUALS -> c -> {
            for (String t : texts) {
              if (c.equals(t)) {
                return true;
              }
            }
            return false;
          };
          case EQUALS_IGNORE_CASE -> c -> {
            for (String t : texts) {
              if (c.equalsIgnoreCase(t)) {
                return true;
              }
            }
            return false;
          };
          case LIKE -> {
            Glob[] globs = policyValues.toArray(Glob[]::new);
            yield c -> {
              for (Glob g : globs) {
                if (g.matches(c)) {
                  return true;
                }
              }
              return false;
            };
          }
          default -> c -> false;
        };
      }
      case ARN: {
        ArnPattern[] arns = policyValues.stream().map(ArnPattern::of).toArray(ArnPattern[]::new);
        return c -> {
          for (ArnPattern a : arns) {
            if (a.matches(c)) {
              return true;
            }
          }
          return false;
        };
      }
      case NUMERIC:
        return ordered(comparison, parsed(policyValues, ConditionValues::number), ConditionValues::number);
      case DATE:
        return ordered(comparison, parsed(policyValues, ConditionValues::date), ConditionValues::date);
      case BOOL: {
        boolean wantsTrue = policyValues.stream().anyMatch(v -> ConditionValues.bool(v.text()).orElse(false));
        boolean wantsFalse = policyValues.stream().anyMatch(v -> !ConditionValues.bool(v.text()).orElse(true));
        return c -> (wantsTrue && isBool(c, "true")) || (wantsFalse && isBool(c, "false"));
      }
      case BINARY: {
        List<byte[]> bytes = parsed(policyValues, ConditionValues::binary);
        return c -> {
          Optional<byte[]> value = ConditionValues.binary(c);
          return value.isPresent() && bytes.stream().anyMatch(b -> Arrays.equals(b, value.get()));
        };
      }
      case IP_ADDRESS: {
        IPAddress[] blocks = parsed(policyValues, ConditionValues::ipBlock).toArray(IPAddress[]::new);
        return c -> {
          Optional<IPAddress> address = ConditionValues.ipBlock(c);
          if (address.isEmpty()) {
            return false;
          }
          for (IPAddress block : blocks) {
            if (block.contains(address.get())) {
              return true;
            }
          }
          return false;
        };
      }
      default:
        return c -> false;
    }
  }

  /**
   * {@link ConditionValues#bool} without allocating (it runs on every request for the common
   * {@code aws:SecureTransport} conditions): the trimmed text, lower-cased, equals the word. Only
   * ASCII letters lower-case to the letters of "true" and "false", so an ASCII comparison is exact.
   */
  private static boolean isBool(String text, String word) {
    int from = 0;
    int to = text.length();
    while (from < to && text.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    if (to - from != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char ch = text.charAt(from + i);
      char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
      if (lower != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> parsed(List<Glob> policyValues, Function<String, Optional<T>> read) {
    List<T> out = new ArrayList<>(policyValues.size());
    for (Glob v : policyValues) {
      read.apply(v.text()).ifPresent(out::add);
    }
    return out;
  }

  private static <T extends Comparable<T>> PreparedValues ordered(
      BaseOperator.Comparison comparison, List<T> policy, Function<String, Optional<T>> read) {
    return c -> {
      Optional<T> value = read.apply(c);
      if (value.isEmpty()) {
        return false;
      }
      for (T p : policy) {
        int cmp = value.get().compareTo(p);
        boolean holds = switch (comparison) {
          case EQUALS -> cmp == 0;
          case LESS_THAN -> cmp < 0;
          case LESS_THAN_EQUALS -> cmp <= 0;
          case GREATER_THAN -> cmp > 0;
          case GREATER_THAN_EQUALS -> cmp >= 0;
          default -> false;
        };
        if (holds) {
          return true;
        }
      }
      return false;
    };
  }
}
