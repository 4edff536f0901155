package dev.mamori.snapshot;

import java.util.Arrays;

/**
 * A JSON object read from a snapshot file: its fields in file order, and which of them a reader has
 * looked at (so that the reader can warn about the ones it does not know).
 *
 * <p>This replaces Jackson's {@code ObjectNode} on the load path: one array of names and one of values
 * instead of a {@code LinkedHashMap} entry per field, and read marks as bits instead of a
 * {@code HashSet} of names per object. As with {@code ObjectNode}, a repeated name keeps its first
 * position and its last value. Values are {@link String}, {@link Integer}, {@link Long},
 * {@link java.math.BigInteger}, {@link Double}, {@link Boolean}, {@link JsonNull}, {@link JsonObject}
 * or {@link JsonArray}.
 */
final class JsonObject {
  /** Objects with more fields than this get a hash index, so that lookups stay constant-time. */
  private static final int LINEAR_SEARCH_LIMIT = 12;

  private String[] names;
  private Object[] values;
  private int size;
  /** Open-addressing table of field positions + 1 (0 = free slot); built on demand. */
  private int[] index;
  private long readBits;
  private long[] moreReadBits;
  private int visitOrder;

  JsonObject() {
    names = new String[4];
    values = new Object[4];
  }

  private JsonObject(String[] names, Object[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /**
   * An object of the first {@code count} names and values given (copied), as Jackson would build it
   * from fields in that order: a repeated name keeps its first place and takes its last value.
   */
  static JsonObject of(String[] names, Object[] values, int count) {
    JsonObject o = new JsonObject(Arrays.copyOf(names, count), Arrays.copyOf(values, count), count);
    if (o.hasRepeatedNames()) {
      JsonObject merged = new JsonObject();
      for (int i = 0; i < count; i++) {
        merged.put(names[i], values[i]);
      }
      return merged;
    }
    return o;
  }

  /** Checks for repeated names; for a large object, builds its index on the way. */
  private boolean hasRepeatedNames() {
    if (size > LINEAR_SEARCH_LIMIT) {
      index = new int[indexCapacity(size)];
      for (int i = 0; i < size; i++) {
        if (!insertIfAbsent(index, names, names[i], i)) {
          index = null;
          return true;
        }
      }
      return false;
    }
    for (int i = 1; i < size; i++) {
      for (int k = 0; k < i; k++) {
        if (sameName(names[k], names[i])) {
          return true;
        }
      }
    }
    return false;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  String name(int i) {
    return names[i];
  }

  Object value(int i) {
    return values[i];
  }

  /** Adds a field; a name already present keeps its place and takes the new value (as Jackson does). */
  void put(String name, Object value) {
    int existing = indexOf(name);
    if (existing >= 0) {
      values[existing] = value;
      return;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
    if (index != null) {
      if (size * 2 > index.length) {
        buildIndex();
      } else {
        insert(index, name, size - 1);
      }
    }
  }

  /** The position of a field, or -1. */
  int indexOf(String name) {
    if (size > LINEAR_SEARCH_LIMIT) {
      if (index == null) {
        buildIndex();
      }
      int mask = index.length - 1;
      for (int slot = spread(name.hashCode()) & mask; index[slot] != 0; slot = (slot + 1) & mask) {
        int i = index[slot] - 1;
        if (sameName(names[i], name)) {
          return i;
        }
      }
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (sameName(names[i], name)) {
        return i;
      }
    }
    return -1;
  }

  void markRead(int i) {
    if (i < 64) {
      readBits |= 1L << i;
      return;
    }
    int word = (i >> 6) - 1;
    if (moreReadBits == null || word >= moreReadBits.length) {
      long[] grown = new long[Math.max(word + 1, (size + 63) >> 6)];
      if (moreReadBits != null) {
        System.arraycopy(moreReadBits, 0, grown, 0, moreReadBits.length);
      }
      moreReadBits = grown;
    }
    moreReadBits[word] |= 1L << i;
  }

  boolean isRead(int i) {
    if (i < 64) {
      return (readBits & (1L << i)) != 0;
    }
    int word = (i >> 6) - 1;
    return moreReadBits != null && word < moreReadBits.length && (moreReadBits[word] & (1L << i)) != 0;
  }

  /** True when every field has been read (the common case, checked before looking for unknown fields). */
  boolean allRead() {
    if (size <= 64) {
      return size == 0 || readBits == (size == 64 ? -1L : (1L << size) - 1);
    }
    for (int i = 0; i < size; i++) {
      if (!isRead(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * When a reader first looked at this object, counted per element: 0 if never. Unknown fields are
   * reported object by object in that order, as they always were.
   */
  int visitOrder() {
    return visitOrder;
  }

  void visit(int order) {
    visitOrder = order;
  }

  private void buildIndex() {
    int[] table = new int[indexCapacity(size)];
    for (int i = 0; i < size; i++) {
      insert(table, names[i], i);
    }
    index = table;
  }

  /** A power of two at least twice the number of fields: probes stay short. */
  private static int indexCapacity(int fields) {
    return Integer.highestOneBit(Math.max(fields, LINEAR_SEARCH_LIMIT) * 2) * 2;
  }

  /** Inserts unless the name is there already (then false). */
  private static boolean insertIfAbsent(int[] table, String[] names, String name, int position) {
    int mask = table.length - 1;
    int slot = spread(name.hashCode()) & mask;
    while (table[slot] != 0) {
      if (sameName(names[table[slot] - 1], name)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = position + 1;
    return true;
  }

  private static void insert(int[] table, String name, int position) {
    int mask = table.length - 1;
    int slot = spread(name.hashCode()) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = position + 1;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Jackson interns field names, so identity nearly always decides; equals covers the rest. */
  private static boolean sameName(String a, String b) {
    return a == b || (a.hashCode() == b.hashCode() && a.equals(b));
  }
}
