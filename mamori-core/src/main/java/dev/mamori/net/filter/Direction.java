package dev.mamori.net.filter;

import java.util.Locale;

/** Which way a filter sees a packet: entering the interface or subnet, or leaving it. */
public enum Direction {
  INGRESS,
  EGRESS;

  /** {@code ingress} or {@code egress}, as the JSON contract spells it. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
