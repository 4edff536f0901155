package dev.mamori.iam.policy;

import java.util.List;

/** A Resource ({@code negated == false}) or NotResource element, as the patterns it lists. */
public record ResourceBlock(boolean negated, List<String> patterns) {
  public ResourceBlock {
    patterns = List.copyOf(patterns);
  }

  public String elementName() {
    return negated ? "NotResource" : "Resource";
  }
}
