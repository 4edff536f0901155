package dev.mamori.model;

/** An inclusive range of TCP or UDP ports, 0–65535. */
public record PortRange(int from, int to) {
  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || to > 65535 || from > to) {
      throw new IllegalArgumentException("expected a port range within 0-65535, found " + from + "-" + to);
    }
  }

  public static PortRange of(int port) {
    return new PortRange(port, port);
  }

  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
