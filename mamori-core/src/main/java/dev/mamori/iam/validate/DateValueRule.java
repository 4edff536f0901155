package dev.mamori.iam.validate;

/**
 * What IAM's policy parser accepts as the value of a Date condition: epoch seconds in the range
 * of a signed 64-bit integer, or an ISO 8601 date/date-time with a year, an optional month 1-12,
 * day 1-31, and time fields within range (hours 0-23, minutes and seconds 0-59, at most nine
 * fraction digits, a zone of Z or +hh[:mm]). Anything else fails IAM's "legacy parsing".
 */
final class DateValueRule {
  private static final long MIN_YEAR = -292275054L;
  private static final long MAX_YEAR = 292278993L;

  private DateValueRule() {}

  static boolean accepts(String value) {
    try {
      String lower = value.toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("t") || lower.contains("-")) {
        return isoDateTime(lower);
      }
      return Long.parseLong(value) >= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isoDateTime(String text) {
    int t = text.indexOf('t');
    String date = t < 0 ? text : text.substring(0, t);
    String time = t < 0 ? "" : text.substring(t + 1);
    boolean negativeYear = date.startsWith("-");
    String[] dateParts = (negativeYear ? date.substring(1) : date).split("-", -1);
    long year = Long.parseLong((negativeYear ? "-" : "") + dateParts[0]);
    if (year < MIN_YEAR || year > MAX_YEAR || dateParts.length > 3) {
      return false;
    }
    if (dateParts.length > 1 && !inRange(dateParts[1], 1, 12)) {
      return false;
    }
    if (dateParts.length > 2 && !inRange(dateParts[2], 1, 31)) {
      return false;
    }
    return timeOfDay(time);
  }

  private static boolean timeOfDay(String time) {
    String[] parts = time.split(":", 3);
    if (!parts[0].isEmpty() && !inRange(parts[0], 0, 23)) {
      return false;
    }
    if (parts.length > 1 && !inRange(parts[1], 0, 59)) {
      return false;
    }
    return parts.length < 3 || secondsAndZone(parts[2]);
  }

  private static boolean secondsAndZone(String text) {
    String seconds = text;
    if (text.contains("z")) {
      int z = text.indexOf('z');
      if (z != text.length() - 1) {
        return false;
      }
      seconds = text.substring(0, z);
    } else if (text.contains("+")) {
      int plus = text.indexOf('+');
      seconds = text.substring(0, plus);
      String[] zone = text.substring(plus + 1).split(":", 2);
      if (zone[0].length() != 2 || !inRange(zone[0], 0, 23)) {
        return false;
      }
      if (zone.length > 1 && (zone[1].length() != 2 || !inRange(zone[1], 0, 59))) {
        return false;
      }
    }
    int dot = seconds.indexOf('.');
    String whole = dot < 0 ? seconds : seconds.substring(0, dot);
    if (!inRange(whole, 0, 59)) {
      return false;
    }
    return dot < 0 || inRange(seconds.substring(dot + 1), 0, 999_999_999);
  }

  private static boolean inRange(String digits, long min, long max) {
    long v = Long.parseLong(digits.trim());
    return v >= min && v <= max;
  }
}
