package dev.mamori.net;

/**
 * Unsigned 128-bit arithmetic on (high, low) pairs of longs. IPv4 values live in the low word with
 * a zero high word, so one set of helpers serves both families.
 */
final class U128 {
  private U128() {}

  static int compare(long aHigh, long aLow, long bHigh, long bLow) {
    int c = Long.compareUnsigned(aHigh, bHigh);
    return c != 0 ? c : Long.compareUnsigned(aLow, bLow);
  }

  /** Number of trailing zero bits of the 128-bit value; 128 for zero. */
  static int trailingZeros(long high, long low) {
    if (low != 0) {
      return Long.numberOfTrailingZeros(low);
    }
    return high == 0 ? 128 : 64 + Long.numberOfTrailingZeros(high);
  }

  /** Mask with the lowest {@code bits} bits set in the low word (bits 0..64). */
  static long lowMask(int bits) {
    return bits >= 64 ? -1L : (1L << bits) - 1;
  }
}
