package dev.mamori.net.reach;

import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.Outcome;
import java.util.Optional;

/**
 * One step of a path: a component ({@code kind} and {@code id}), the direction it saw the packet in
 * (where that applies), what it decided, the deciding rule, and a sentence for people.
 *
 * <p>Kinds: {@code interface}, {@code security-group}, {@code network-acl}, {@code route},
 * {@code internet-gateway}, {@code egress-only-internet-gateway}, {@code nat-gateway},
 * {@code peering-connection}, {@code gateway} (a component the path leaves the model through),
 * {@code internet}, {@code external}.
 */
public record Hop(
    String kind, String id, Optional<Direction> direction, Outcome decision, Optional<HopRule> rule, String detail) {

  @Override
  public String toString() {
    return kind + " " + id + direction.map(d -> " " + d.jsonName()).orElse("") + " " + decision + ": " + detail;
  }

  static Hop passed(String kind, String id, Optional<Direction> direction, String detail) {
    return new Hop(kind, id, direction, Outcome.ALLOWED, Optional.empty(), detail);
  }
}
