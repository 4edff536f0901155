package dev.mamori.net.route;

import dev.mamori.model.Cidr;
import dev.mamori.model.Route;

/** The route a table chooses for one destination address. */
public sealed interface RouteLookup {

  /** The longest-prefix match ({@code prefix} is the matching prefix-list entry for a prefix-list route). */
  record Matched(Route route, Cidr prefix) implements RouteLookup {}

  /** No route covers the destination: the packet is dropped. */
  record NoRoute() implements RouteLookup {}

  /** A route whose prefix list the snapshot lacks might be more specific than the best known match. */
  record Unknown(String reason) implements RouteLookup {}
}
