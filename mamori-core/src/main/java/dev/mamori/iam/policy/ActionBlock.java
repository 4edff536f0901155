package dev.mamori.iam.policy;

import java.util.List;

/** An Action ({@code negated == false}) or NotAction element, as the patterns it lists. */
public record ActionBlock(boolean negated, List<String> patterns) {
  public ActionBlock {
    patterns = List.copyOf(patterns);
  }

  public String elementName() {
    return negated ? "NotAction" : "Action";
  }
}
