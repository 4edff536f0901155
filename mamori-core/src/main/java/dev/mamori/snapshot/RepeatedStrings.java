package dev.mamori.snapshot;

import java.util.Arrays;

/**
 * Gives one String for text that recurs: AWS output repeats the same few values over and over (the
 * region, the account, a VPC's and a subnet's IDs, "in-use", tag keys), and keeping one copy of
 * each makes the model smaller and leaves the garbage collector less to copy.
 *
 * <p>A direct-mapped cache of recent strings, read straight from the parser's character buffer: a
 * value seen recently costs no allocation at all; a value not seen takes the slot of its hash.
 * Unique values (IDs, addresses, dates) only pass through. Not thread-safe: one per parsing thread.
 */
final class RepeatedStrings {
  /** Longer texts (policies, descriptions) rarely repeat exactly; they are not looked up. */
  private static final int MAX_LENGTH = 64;
  private static final int SLOTS = 4096;

  private final String[] slots = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  /** Each slot's text as characters too, for a vectorised comparison with the parser's buffer. */
  private final char[][] texts = new char[SLOTS][];

  String of(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    char[] cached = texts[slot];
    if (cached != null && hashes[slot] == h && Arrays.equals(cached, 0, cached.length, chars, offset, offset + length)) {
      return slots[slot];
    }
    String s = new String(chars, offset, length);
    slots[slot] = s;
    hashes[slot] = h;
    texts[slot] = Arrays.copyOfRange(chars, offset, offset + length);
    return s;
  }
}
