package dev.mamori.net;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One node of the interval decision tree: the values of its level are cut into sorted, disjoint
 * intervals (unsigned longs, inclusive), each leading to a non-empty child one level down. Values
 * outside every interval lead to the empty set. Two touching intervals never share an equal child
 * (they would have been merged), so every set has exactly one tree and equality is structural.
 *
 * <p>Nodes are immutable and freely shared between trees. {@link #EMPTY} (no packet) and
 * {@link #TRUE} (the terminal: every packet that reached it) are compared by identity.
 */
final class Node {
  static final Node EMPTY = new Node(-1, new long[0], new Node[0], 0x5EED);
  static final Node TRUE = new Node(Level.LEAF, new long[0], new Node[0], 0x7E57);

  final int level;
  /** {@code [low0, high0, low1, high1, …]}, compared unsigned. */
  final long[] bounds;
  final Node[] children;
  private final int hash;

  Node(int level, long[] bounds, Node[] children) {
    this(level, bounds, children, computeHash(level, bounds, children));
  }

  private Node(int level, long[] bounds, Node[] children, int hash) {
    this.level = level;
    this.bounds = bounds;
    this.children = children;
    this.hash = hash;
  }

  private static int computeHash(int level, long[] bounds, Node[] children) {
    int h = level * 31 + Arrays.hashCode(bounds);
    for (Node child : children) {
      h = h * 31 + child.hash;
    }
    return h;
  }

  int size() {
    return children.length;
  }

  long low(int i) {
    return bounds[2 * i];
  }

  long high(int i) {
    return bounds[2 * i + 1];
  }

  /** The child whose interval holds {@code value}, or {@link #EMPTY}. */
  Node childFor(long value) {
    int lo = 0;
    int hi = children.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(value, bounds[2 * mid]) < 0) {
        hi = mid - 1;
      } else if (Long.compareUnsigned(value, bounds[2 * mid + 1]) > 0) {
        lo = mid + 1;
      } else {
        return children[mid];
      }
    }
    return EMPTY;
  }

  /** True for a node with one interval covering the whole unsigned 64-bit range. */
  boolean coversWholeLevel() {
    return children.length == 1 && bounds[0] == 0 && bounds[1] == -1L;
  }

  /** Number of distinct nodes reachable from here, a measure of the representation's size. */
  int countNodes() {
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    countInto(seen);
    return seen.size();
  }

  private void countInto(Map<Node, Boolean> seen) {
    if (this == EMPTY || seen.put(this, Boolean.TRUE) != null) {
      return;
    }
    for (Node child : children) {
      child.countInto(seen);
    }
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Node other) || this == EMPTY || this == TRUE || other == EMPTY
        || other == TRUE) {
      return false;
    }
    if (hash != other.hash || level != other.level || !Arrays.equals(bounds, other.bounds)) {
      return false;
    }
    for (int i = 0; i < children.length; i++) {
      if (!children[i].equals(other.children[i])) {
        return false;
      }
    }
    return true;
  }
}
