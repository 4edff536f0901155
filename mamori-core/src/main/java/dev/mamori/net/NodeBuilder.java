package dev.mamori.net;

import java.util.Arrays;

/**
 * Collects the intervals of one node in increasing order and keeps the tree canonical: empty
 * children are dropped and a touching interval with an equal child extends the previous one.
 */
final class NodeBuilder {
  private final int level;
  private long[] bounds = new long[8];
  private Node[] children = new Node[4];
  private int count;

  NodeBuilder(int level) {
    this.level = level;
  }

  /** Adds {@code [low, high] -> child}; {@code low} must be above every interval added before. */
  NodeBuilder add(long low, long high, Node child) {
    if (child == Node.EMPTY) {
      return this;
    }
    if (count > 0) {
      long previousHigh = bounds[2 * count - 1];
      Node previousChild = children[count - 1];
      if (previousHigh != -1L && previousHigh + 1 == low
          && (previousChild == child || previousChild.equals(child))) {
        bounds[2 * count - 1] = high;
        return this;
      }
    }
    if (count == children.length) {
      children = Arrays.copyOf(children, count * 2);
      bounds = Arrays.copyOf(bounds, count * 4);
    }
    bounds[2 * count] = low;
    bounds[2 * count + 1] = high;
    children[count++] = child;
    return this;
  }

  boolean isEmpty() {
    return count == 0;
  }

  Node build() {
    if (count == 0) {
      return Node.EMPTY;
    }
    return new Node(level, Arrays.copyOf(bounds, 2 * count), Arrays.copyOf(children, count));
  }
}
