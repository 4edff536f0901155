package dev.mamori.model;

import java.util.Optional;

/**
 * One route. The destination is a CIDR block or a managed prefix list; a {@code blackhole} route
 * (its target deleted) drops what it matches.
 */
public record Route(
    Optional<Cidr> destinationCidr,
    Optional<String> destinationPrefixListId,
    RouteTarget target,
    boolean blackhole,
    String origin) {

  public Route {
    if (destinationCidr.isPresent() == destinationPrefixListId.isPresent()) {
      throw new IllegalArgumentException("a route needs exactly one destination: a CIDR block or a prefix list");
    }
  }

  public static Route to(Cidr destination, RouteTarget target) {
    return new Route(Optional.of(destination), Optional.empty(), target, false, "CreateRoute");
  }

  /** The destination as AWS prints it. */
  public String destination() {
    return destinationCidr.map(Cidr::toString).orElseGet(destinationPrefixListId::orElseThrow);
  }
}
