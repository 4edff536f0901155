package dev.mamori.net.route;

import dev.mamori.model.Cidr;
import dev.mamori.model.Collected;
import dev.mamori.model.IpAddress;
import dev.mamori.model.Route;
import dev.mamori.model.RouteTable;
import dev.mamori.net.AddressSet;
import dev.mamori.net.IpFamily;
import dev.mamori.net.filter.Bounded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A route table: longest prefix match over its routes. A prefix-list route counts as one route per
 * entry of the list, each with its own prefix length. On equal length a CIDR route wins over a
 * prefix-list route and a static route over a propagated one (AWS's route priority). A blackhole
 * route still matches: it decides that the packet is dropped.
 */
public final class RouteTableEvaluator {

  /** One prefix a route covers, in priority order. */
  private record Prefix(Route route, Cidr cidr) {}

  private final RouteTable table;
  private final List<Prefix> prefixes;
  private final List<String> unknownV4;
  private final List<String> unknownV6;

  /**
   * @param prefixListEntries the entries of a prefix list by ID; not collected when the snapshot
   *     lacks the list or its entries
   */
  public RouteTableEvaluator(RouteTable table, Function<String, Collected<List<Cidr>>> prefixListEntries) {
    this(table, prefixListEntries, id -> java.util.Optional.empty());
  }

  /**
   * @param prefixListFamily the address family of a prefix list whose entries are missing, when the
   *     snapshot knows it: such a list can only hide routes of that family
   */
  public RouteTableEvaluator(RouteTable table, Function<String, Collected<List<Cidr>>> prefixListEntries,
      Function<String, java.util.Optional<IpFamily>> prefixListFamily) {
    this.table = table;
    List<Prefix> known = new ArrayList<>();
    List<String> v4 = new ArrayList<>();
    List<String> v6 = new ArrayList<>();
    for (Route route : table.routes()) {
      if (route.destinationCidr().isPresent()) {
        known.add(new Prefix(route, route.destinationCidr().get()));
        continue;
      }
      String listId = route.destinationPrefixListId().orElseThrow();
      Collected<List<Cidr>> entries = prefixListEntries.apply(listId);
      if (entries instanceof Collected.Present<List<Cidr>> present) {
        present.value().forEach(c -> known.add(new Prefix(route, c)));
      } else {
        String reason = "route table " + table.id() + " routes prefix list " + listId
            + ", whose entries the snapshot does not hold";
        java.util.Optional<IpFamily> family = prefixListFamily.apply(listId);
        if (family.isEmpty() || family.get() == IpFamily.IPV4) {
          v4.add(reason);
        }
        if (family.isEmpty() || family.get() == IpFamily.IPV6) {
          v6.add(reason);
        }
      }
    }
    known.sort(Comparator.comparingInt((Prefix p) -> -p.cidr().prefixLength())
        .thenComparing(p -> p.route().destinationPrefixListId().isPresent())
        .thenComparing(p -> "EnableVgwRoutePropagation".equals(p.route().origin())));
    this.prefixes = List.copyOf(known);
    this.unknownV4 = List.copyOf(v4);
    this.unknownV6 = List.copyOf(v6);
  }

  public RouteTable table() {
    return table;
  }

  /** Every prefix the table routes (prefix-list routes expanded), longest first. */
  public List<Cidr> prefixes() {
    return prefixes.stream().map(Prefix::cidr).toList();
  }

  /** The targets of the table's routes, in priority order, without repeats. */
  public List<dev.mamori.model.RouteTarget> targets() {
    return table.routes().stream().map(Route::target).distinct().toList();
  }

  public RouteLookup lookup(IpAddress destination) {
    IpFamily family = IpFamily.of(destination);
    List<String> unknown = unknowns(family);
    for (Prefix prefix : prefixes) {
      if (prefix.cidr().contains(destination)) {
        boolean hostRoute = prefix.cidr().prefixLength() == family.bits();
        if (!unknown.isEmpty() && !hostRoute) {
          return new RouteLookup.Unknown(unknown.get(0));
        }
        return new RouteLookup.Matched(prefix.route(), prefix.cidr());
      }
    }
    return unknown.isEmpty() ? new RouteLookup.NoRoute() : new RouteLookup.Unknown(unknown.get(0));
  }

  /**
   * The destination addresses whose best route satisfies {@code wanted}: the cells of the longest
   * prefix match that belong to such routes. Where a prefix list is missing, nothing is certain for
   * its address family and everything of that family is possible.
   */
  public Bounded<AddressSet> destinationsRoutedBy(Predicate<Route> wanted) {
    AddressSet matchedBefore = AddressSet.empty();
    AddressSet routed = AddressSet.empty();
    for (Prefix prefix : prefixes) {
      AddressSet block = AddressSet.of(prefix.cidr());
      if (wanted.test(prefix.route())) {
        routed = routed.union(block.minus(matchedBefore));
      }
      matchedBefore = matchedBefore.union(block);
    }
    AddressSet certain = routed;
    AddressSet possible = routed;
    List<String> reasons = new ArrayList<>();
    for (IpFamily family : IpFamily.values()) {
      if (!unknowns(family).isEmpty()) {
        certain = certain.minus(AddressSet.all(family));
        possible = possible.union(AddressSet.all(family));
        unknowns(family).stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
      }
    }
    return new Bounded<>(certain, possible, reasons);
  }

  private List<String> unknowns(IpFamily family) {
    return family == IpFamily.IPV4 ? unknownV4 : unknownV6;
  }
}
