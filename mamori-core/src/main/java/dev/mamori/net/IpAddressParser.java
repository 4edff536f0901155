package dev.mamori.net;

/** Strict text parsing of IP literals; every failure is an {@link IllegalArgumentException}. */
final class IpAddressParser {
  private IpAddressParser() {}

  static long parseIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw invalid(text, "an IPv4 address has four dot-separated numbers");
    }
    long value = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
          || (part.length() > 1 && part.charAt(0) == '0')) {
        throw invalid(text, "each IPv4 part is a decimal number 0-255 without leading zeros");
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        throw invalid(text, "each IPv4 part is a decimal number 0-255");
      }
      value = (value << 8) | octet;
    }
    return value;
  }

  static IpAddress parseIpv6(String text) {
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      throw invalid(text, ":: may appear only once");
    }
    int[] groups = new int[8];
    if (doubleColon < 0) {
      int count = parseGroups(text, text, groups, 0);
      if (count != 8) {
        throw invalid(text, "an IPv6 address has eight groups unless :: is used");
      }
    } else {
      int[] head = new int[8];
      int[] tail = new int[8];
      String headText = text.substring(0, doubleColon);
      String tailText = text.substring(doubleColon + 2);
      int headCount = headText.isEmpty() ? 0 : parseGroups(text, headText, head, 0);
      int tailCount = tailText.isEmpty() ? 0 : parseGroups(text, tailText, tail, headCount);
      if (headCount + tailCount > 7) {
        throw invalid(text, ":: must stand for at least one group");
      }
      System.arraycopy(head, 0, groups, 0, headCount);
      System.arraycopy(tail, 0, groups, 8 - tailCount, tailCount);
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 4; i++) {
      high = (high << 16) | groups[i];
      low = (low << 16) | groups[i + 4];
    }
    return IpAddress.ipv6(high, low);
  }

  /** Parses colon-separated groups (the last may be a dotted IPv4 tail); returns their count. */
  private static int parseGroups(String whole, String text, int[] into, int groupsBefore) {
    String[] parts = text.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (last && part.indexOf('.') >= 0) {
        if (groupsBefore + count + 2 > 8) {
          throw invalid(whole, "too many groups");
        }
        long v4 = parseIpv4(part);
        into[count++] = (int) (v4 >>> 16);
        into[count++] = (int) (v4 & 0xFFFF);
        continue;
      }
      if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddressParser::isHex)) {
        throw invalid(whole, "each IPv6 group is one to four hexadecimal digits");
      }
      if (groupsBefore + count >= 8) {
        throw invalid(whole, "too many groups");
      }
      into[count++] = Integer.parseInt(part, 16);
    }
    return count;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static IllegalArgumentException invalid(String text, String why) {
    return new IllegalArgumentException("invalid IP address '" + text + "': " + why);
  }
}
