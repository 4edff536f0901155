package dev.mamori.iam.match;

import java.util.Arrays;

/**
 * A text pattern where {@code *} matches any run of characters (including none) and {@code ?}
 * exactly one. Each position remembers whether it is a wildcard, so that a policy variable escape
 * such as {@code ${*}} can stand for a literal asterisk.
 */
public final class Glob {
  private final String text;
  private final boolean[] wildcard;
  private final boolean literal;
  /**
   * The only wildcard is a {@code *} at the end ({@code s3:Get*}, {@code arn:aws:s3:::data/*}):
   * the most common shape in policies, matched as a prefix without the general algorithm.
   */
  private final boolean prefixThenStar;

  private Glob(String text, boolean[] wildcard) {
    this.text = text;
    this.wildcard = wildcard;
    int wildcards = 0;
    for (boolean w : wildcard) {
      wildcards += w ? 1 : 0;
    }
    this.literal = wildcards == 0;
    int last = text.length() - 1;
    this.prefixThenStar = wildcards == 1 && last >= 0 && wildcard[last] && text.charAt(last) == '*';
  }

  /** Every {@code *} and {@code ?} of the text is a wildcard. */
  public static Glob of(String pattern) {
    boolean[] wild = new boolean[pattern.length()];
    for (int i = 0; i < wild.length; i++) {
      char c = pattern.charAt(i);
      wild[i] = c == '*' || c == '?';
    }
    return new Glob(pattern, wild);
  }

  /** No wildcards at all: matches only this exact text. */
  public static Glob literal(String text) {
    return new Glob(text, new boolean[text.length()]);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String text() {
    return text;
  }

  public boolean isLiteral() {
    return literal;
  }

  boolean isWildcardAt(int i) {
    return wildcard[i];
  }

  /** The same pattern in lower case, for case-insensitive matching (action names). */
  public Glob toLowerCase() {
    return new Glob(text.toLowerCase(java.util.Locale.ROOT), wildcard.clone());
  }

  /** A sub-pattern, keeping which positions are wildcards. */
  public Glob slice(int from, int to) {
    return new Glob(text.substring(from, to), Arrays.copyOfRange(wildcard, from, to));
  }

  public boolean matches(String candidate) {
    if (literal) {
      return text.equals(candidate);
    }
    if (prefixThenStar) {
      return candidate.regionMatches(0, text, 0, text.length() - 1);
    }
    return matchesFrom(candidate, 0, text.length(), 0, candidate.length());
  }

  /**
   * Matches {@code candidate[cFrom, cTo)} against {@code pattern[pFrom, pTo)}: the classic greedy
   * algorithm that backtracks only to the most recent star, linear in practice.
   */
  boolean matchesFrom(String candidate, int pFrom, int pTo, int cFrom, int cTo) {
    if (prefixThenStar && pTo == text.length() && pFrom < pTo) {
      int prefix = pTo - 1 - pFrom;
      return cTo - cFrom >= prefix && candidate.regionMatches(cFrom, text, pFrom, prefix);
    }
    int p = pFrom;
    int c = cFrom;
    int starP = -1;
    int starC = -1;
    while (c < cTo) {
      if (p < pTo && wildcard[p] && text.charAt(p) == '*') {
        starP = p++;
        starC = c;
      } else if (p < pTo
          && ((wildcard[p] && text.charAt(p) == '?') || (!wildcard[p] && text.charAt(p) == candidate.charAt(c)))) {
        p++;
        c++;
      } else if (starP >= 0) {
        p = starP + 1;
        c = ++starC;
      } else {
        return false;
      }
    }
    while (p < pTo && wildcard[p] && text.charAt(p) == '*') {
      p++;
    }
    return p == pTo;
  }

  /** The same pattern as a java.util.regex expression (used by the reference evaluator). */
  public String toRegex() {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (wildcard[i]) {
        regex.append(c == '*' ? "(?s:.*)" : "(?s:.)");
      } else {
        regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && g.text.equals(text) && Arrays.equals(g.wildcard, wildcard);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(wildcard);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builds a pattern piece by piece: wildcard text, or literal text (substituted variables). */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final java.util.BitSet wild = new java.util.BitSet();

    public Builder pattern(String part) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c == '*' || c == '?') {
          wild.set(text.length());
        }
        text.append(c);
      }
      return this;
    }

    public Builder literal(String part) {
      text.append(part);
      return this;
    }

    public Glob build() {
      boolean[] w = new boolean[text.length()];
      for (int i = 0; i < w.length; i++) {
        w[i] = wild.get(i);
      }
      return new Glob(text.toString(), w);
    }
  }
}
