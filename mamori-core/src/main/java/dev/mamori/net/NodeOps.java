package dev.mamori.net;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Boolean operations on trees. Both operands are walked together, level by level: their interval
 * lists are merged into elementary segments and each segment's children are combined recursively.
 * Subtrees are often shared (one rule's address set under many port ranges), so results are memoized
 * per call on the identity of the operand pair.
 */
final class NodeOps {
  enum Op {
    UNION,
    INTERSECTION,
    DIFFERENCE
  }

  private final Op op;
  private final Map<PairKey, Node> memo = new HashMap<>();

  private NodeOps(Op op) {
    this.op = op;
  }

  static Node union(Node x, Node y) {
    return new NodeOps(Op.UNION).apply(x, y);
  }

  static Node intersection(Node x, Node y) {
    return new NodeOps(Op.INTERSECTION).apply(x, y);
  }

  static Node difference(Node x, Node y) {
    return new NodeOps(Op.DIFFERENCE).apply(x, y);
  }

  /** Union of many trees, paired off as a balanced tournament so that no input is re-merged often. */
  static Node unionAll(List<Node> nodes) {
    if (nodes.isEmpty()) {
      return Node.EMPTY;
    }
    Node[] work = nodes.toArray(new Node[0]);
    int n = work.length;
    while (n > 1) {
      int half = 0;
      for (int i = 0; i < n; i += 2) {
        work[half++] = i + 1 < n ? union(work[i], work[i + 1]) : work[i];
      }
      n = half;
    }
    return work[0];
  }

  private Node apply(Node x, Node y) {
    Node trivial = trivialResult(x, y);
    if (trivial != null) {
      return trivial;
    }
    PairKey key = new PairKey(x, y);
    Node cached = memo.get(key);
    if (cached != null) {
      return cached;
    }
    Node result = merge(x, y);
    memo.put(key, result);
    return result;
  }

  /** The cases that need no walk; null when the operands must be merged. */
  private Node trivialResult(Node x, Node y) {
    if (x == Node.EMPTY || y == Node.EMPTY) {
      return switch (op) {
        case UNION -> x == Node.EMPTY ? y : x;
        case INTERSECTION -> Node.EMPTY;
        case DIFFERENCE -> x;
      };
    }
    if (x == y) {
      return op == Op.DIFFERENCE ? Node.EMPTY : x;
    }
    // Below both operands are non-empty and distinct objects; at the leaf only TRUE exists.
    return null;
  }

  private Node merge(Node x, Node y) {
    NodeBuilder out = new NodeBuilder(x.level);
    int i = 0;
    int j = 0;
    int nx = x.size();
    int ny = y.size();
    long position = 0;
    while (i < nx || j < ny) {
      if (op != Op.UNION && i >= nx) {
        break; // nothing of x is left: intersection and difference add nothing more
      }
      long xStart = i < nx ? maxUnsigned(position, x.low(i)) : 0;
      long yStart = j < ny ? maxUnsigned(position, y.low(j)) : 0;
      long start = i >= nx ? yStart : j >= ny ? xStart : minUnsigned(xStart, yStart);
      boolean inX = i < nx && Long.compareUnsigned(x.low(i), start) <= 0;
      boolean inY = j < ny && Long.compareUnsigned(y.low(j), start) <= 0;
      long end = -1L;
      if (i < nx) {
        end = minUnsigned(end, inX ? x.high(i) : x.low(i) - 1);
      }
      if (j < ny) {
        end = minUnsigned(end, inY ? y.high(j) : y.low(j) - 1);
      }
      Node child = apply(inX ? x.children[i] : Node.EMPTY, inY ? y.children[j] : Node.EMPTY);
      out.add(start, end, child);
      if (inX && x.high(i) == end) {
        i++;
      }
      if (inY && y.high(j) == end) {
        j++;
      }
      if (end == -1L) {
        break;
      }
      position = end + 1;
    }
    return out.build();
  }

  private static long maxUnsigned(long a, long b) {
    return Long.compareUnsigned(a, b) >= 0 ? a : b;
  }

  private static long minUnsigned(long a, long b) {
    return Long.compareUnsigned(a, b) <= 0 ? a : b;
  }

  /**
   * Memo key comparing operands by identity, and so hashed by identity too: equal trees built apart
   * share a structural hash, and thousands of them under one hash made the memo's buckets long.
   */
  private record PairKey(Node x, Node y) {
    @Override
    public boolean equals(Object o) {
      return o instanceof PairKey other && other.x == x && other.y == y;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(x) * 31 + System.identityHashCode(y);
    }
  }
}
