package dev.mamori.iam.match;

/**
 * Matches an ARN against an ARN pattern the way the Resource element and the Arn* condition
 * operators do: the first five colon-separated parts (arn, partition, service, region, account)
 * are matched one by one, so a wildcard never spans a colon there; the sixth part (the resource)
 * is matched as a whole, colons and slashes included. A pattern that is not a full six-part ARN
 * (such as {@code "*"}) is matched against the whole text.
 */
public final class ArnMatcher {
  private static final int PARTS = 6;

  private ArnMatcher() {}

  public static boolean matches(Glob pattern, String arn) {
    int[] patternColons = firstColons(pattern.text());
    if (patternColons == null) {
      return pattern.matches(arn);
    }
    int[] arnColons = firstColons(arn);
    if (arnColons == null) {
      return false;
    }
    int pStart = 0;
    int aStart = 0;
    for (int part = 0; part < PARTS; part++) {
      boolean last = part == PARTS - 1;
      int pEnd = last ? pattern.text().length() : patternColons[part];
      int aEnd = last ? arn.length() : arnColons[part];
      if (!pattern.matchesFrom(arn, pStart, pEnd, aStart, aEnd)) {
        return false;
      }
      pStart = pEnd + 1;
      aStart = aEnd + 1;
    }
    return true;
  }

  /** Positions of the first five colons that are not wildcards, or null when there are fewer. */
  private static int[] firstColons(String text) {
    int[] colons = new int[PARTS - 1];
    int found = 0;
    for (int i = 0; i < text.length() && found < colons.length; i++) {
      if (text.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    return found == colons.length ? colons : null;
  }
}
