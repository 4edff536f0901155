package dev.mamori.generate;

/**
 * Deterministic AWS-style identifiers. Each ID is a function of (seed, kind, index), so any file
 * can name a resource described in another file without keeping it in memory. For one seed and
 * kind the 64-bit value is a bijection of the index (SplitMix64's finalizer is invertible), so IDs
 * of one kind never collide.
 */
final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private final long seed;

  Ids(long seed) {
    this.seed = seed;
  }

  /** A value unique to (kind, index) for this seed. */
  long bits(String kind, long index) {
    return mix(index + mix(seed ^ kind.hashCode() * 0x9E3779B97F4A7C15L));
  }

  /** The current EC2 style: prefix, a zero, then 16 hex digits ({@code vpc-0a1b…}, 17 hex in all). */
  String ec2(String prefix, long index) {
    return prefix + "-0" + hex16(bits(prefix, index));
  }

  /** Lowercase hex of the given length (up to 16 digits per 64 bits, repeated as needed). */
  String hex(String kind, long index, int length) {
    StringBuilder b = new StringBuilder(length + 16);
    for (int round = 0; b.length() < length; round++) {
      b.append(hex16(bits(kind + "#" + round, index)));
    }
    return b.substring(0, length);
  }

  /** A KMS key ID: a UUID. */
  String uuid(String kind, long index) {
    String h = hex(kind, index, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-"
        + h.substring(20);
  }

  /** An IAM unique ID: a four-letter prefix (AIDA, AROA, AGPA, ANPA, AIPA, AKIA) and 17 base-32 characters. */
  String iamUniqueId(String prefix, long index) {
    return prefix + chars(prefix, index, 17, BASE32);
  }

  /** Lowercase letters and digits, as in Organizations IDs ({@code o-…}, {@code ou-…}, {@code p-…}). */
  String alnum(String kind, long index, int length) {
    return chars(kind, index, length, LOWER_ALNUM);
  }

  private String chars(String kind, long index, int length, char[] alphabet) {
    StringBuilder b = new StringBuilder(length);
    long v = bits(kind, index);
    for (int i = 0; i < length; i++) {
      if (i % 10 == 9) {
        v = mix(v + i);
      }
      b.append(alphabet[(int) Long.remainderUnsigned(v, alphabet.length)]);
      v = Long.divideUnsigned(v, alphabet.length);
    }
    return b.toString();
  }

  /** 16 lowercase hex digits, zero-padded (String.format is slow for the millions of IDs of a large estate). */
  static String hex16(long v) {
    char[] out = new char[16];
    for (int i = 15; i >= 0; i--) {
      out[i] = HEX[(int) (v & 0xF)];
      v >>>= 4;
    }
    return new String(out);
  }

  /** SplitMix64's finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
