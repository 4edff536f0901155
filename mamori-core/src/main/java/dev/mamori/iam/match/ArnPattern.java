package dev.mamori.iam.match;

/**
 * An ARN pattern prepared once for many matches, with exactly {@link ArnMatcher}'s semantics: the
 * first five colon-separated parts are matched one by one, the sixth (the resource) as a whole, and
 * a pattern with fewer than five colons is matched against the whole text.
 *
 * <p>Why it exists: matching is the inner loop of every decision. The colon positions of the
 * pattern are found once here, the candidate's are found while matching (no allocation), and the
 * common pattern whose first five parts hold no wildcard ({@code arn:aws:s3:::bucket/*}) is
 * decided by one region comparison of that head plus one glob match of the resource part.
 */
public final class ArnPattern {
  private static final int HEAD_COLONS = 5;

  private final Glob glob;
  /** Positions of the pattern's first five colons; null when it has fewer (not ARN-shaped). */
  private final int[] colons;
  /** True when no wildcard comes before the fifth colon. */
  private final boolean literalHead;

  private ArnPattern(Glob glob) {
    this.glob = glob;
    this.colons = firstColons(glob.text());
    boolean wildHead = false;
    if (colons != null) {
      for (int i = 0; i < colons[HEAD_COLONS - 1]; i++) {
        wildHead |= glob.isWildcardAt(i);
      }
    }
    this.literalHead = colons != null && !wildHead;
  }

  public static ArnPattern of(Glob glob) {
    return new ArnPattern(glob);
  }

  public Glob glob() {
    return glob;
  }

  public boolean matches(String arn) {
    if (colons == null) {
      return glob.matches(arn);
    }
    String text = glob.text();
    if (literalHead) {
      // An equal head has its five colons at the same places, so the parts are equal one by one.
      int headEnd = colons[HEAD_COLONS - 1] + 1;
      return arn.length() >= headEnd && arn.regionMatches(0, text, 0, headEnd)
          && glob.matchesFrom(arn, headEnd, text.length(), headEnd, arn.length());
    }
    int pStart = 0;
    int aStart = 0;
    for (int part = 0; part < HEAD_COLONS; part++) {
      int aEnd = arn.indexOf(':', aStart);
      if (aEnd < 0 || !glob.matchesFrom(arn, pStart, colons[part], aStart, aEnd)) {
        return false;
      }
      pStart = colons[part] + 1;
      aStart = aEnd + 1;
    }
    return glob.matchesFrom(arn, pStart, text.length(), aStart, arn.length());
  }

  private static int[] firstColons(String text) {
    int[] found = new int[HEAD_COLONS];
    int count = 0;
    for (int i = 0; i < text.length() && count < HEAD_COLONS; i++) {
      if (text.charAt(i) == ':') {
        found[count++] = i;
      }
    }
    return count == HEAD_COLONS ? found : null;
  }

  @Override
  public String toString() {
    return glob.toString();
  }
}
