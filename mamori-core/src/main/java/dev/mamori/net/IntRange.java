package dev.mamori.net;

/** An inclusive range of small non-negative integers: protocol numbers, ports, ICMP types or codes. */
public record IntRange(int from, int to) {

  public IntRange {
    if (from < 0 || from > to) {
      throw new IllegalArgumentException("invalid range " + from + "-" + to);
    }
  }

  public static IntRange of(int from, int to) {
    return new IntRange(from, to);
  }

  public static IntRange single(int value) {
    return new IntRange(value, value);
  }

  /** Every TCP or UDP port, 0-65535. */
  public static IntRange allPorts() {
    return new IntRange(0, 65535);
  }

  public boolean contains(int value) {
    return value >= from && value <= to;
  }

  public boolean isSingle() {
    return from == to;
  }

  public boolean contains(IntRange other) {
    return from <= other.from && other.to <= to;
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
