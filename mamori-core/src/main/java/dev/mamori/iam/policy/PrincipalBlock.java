package dev.mamori.iam.policy;

import java.util.List;

/**
 * A Principal ({@code negated == false}) or NotPrincipal element. {@code bareArn} records the
 * non-standard form {@code "Principal": "arn:..."}: the grammar only allows {@code "*"} as a bare
 * string, so the validator rejects it, while the evaluator reads it as an {@code AWS} principal.
 */
public record PrincipalBlock(boolean negated, List<PrincipalEntry> entries, boolean bareArn) {
  public PrincipalBlock {
    entries = List.copyOf(entries);
  }

  public PrincipalBlock(boolean negated, List<PrincipalEntry> entries) {
    this(negated, entries, false);
  }

  public String elementName() {
    return negated ? "NotPrincipal" : "Principal";
  }
}
