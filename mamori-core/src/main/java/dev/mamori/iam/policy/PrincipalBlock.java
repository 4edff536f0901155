package dev.mamori.iam.policy;

import java.util.List;

/** A Principal ({@code negated == false}) or NotPrincipal element. */
public record PrincipalBlock(boolean negated, List<PrincipalEntry> entries) {
  public PrincipalBlock {
    entries = List.copyOf(entries);
  }

  public String elementName() {
    return negated ? "NotPrincipal" : "Principal";
  }
}
