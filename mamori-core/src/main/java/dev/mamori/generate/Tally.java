package dev.mamori.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of what was generated, named as {@code mamori inventory} names its counts. */
final class Tally {
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void add(String what, int n) {
    counts.merge(what, n, Integer::sum);
  }

  Map<String, Integer> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
