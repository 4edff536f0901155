package dev.mamori.net.exposure;

import java.util.List;

/**
 * An interface whose exposure may be larger than reported: part of what decides it is not in the
 * snapshot (the reported exposures are certain; more may exist).
 */
public record NotEvaluated(String eni, List<String> reasons) {
  public NotEvaluated {
    reasons = List.copyOf(reasons);
  }
}
