package dev.mamori.net.filter;

import dev.mamori.net.AddressSet;
import dev.mamori.net.PacketSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * What is known of a set when part of the snapshot was not collected (a prefix list's entries, a
 * referenced group from another account): the actual set lies between {@code certain} and
 * {@code possible}, and {@code unknowns} says why they differ. Mamori never guesses: callers report
 * "not evaluated" where the answer depends on the gap.
 */
public record Bounded<T>(T certain, T possible, List<String> unknowns) {

  public Bounded {
    unknowns = List.copyOf(unknowns);
  }

  public static <T> Bounded<T> exact(T value) {
    return new Bounded<>(value, value, List.of());
  }

  public static <T> Bounded<T> unknown(T none, T all, String reason) {
    return new Bounded<>(none, all, List.of(reason));
  }

  public boolean isExact() {
    return unknowns.isEmpty();
  }

  /** Applies a monotone operation to both bounds (a monotone image keeps the order of the bounds). */
  public Bounded<T> map(UnaryOperator<T> monotone) {
    return new Bounded<>(monotone.apply(certain), monotone.apply(possible), unknowns);
  }

  /** Combines two bounded values with an operation monotone in both arguments. */
  public Bounded<T> combine(Bounded<T> other, BinaryOperator<T> monotone) {
    List<String> reasons = new ArrayList<>(unknowns);
    other.unknowns.stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
    return new Bounded<>(monotone.apply(certain, other.certain), monotone.apply(possible, other.possible), reasons);
  }

  public static Bounded<PacketSet> union(Bounded<PacketSet> a, Bounded<PacketSet> b) {
    return a.combine(b, PacketSet::union);
  }

  public static Bounded<PacketSet> intersection(Bounded<PacketSet> a, Bounded<PacketSet> b) {
    return a.combine(b, PacketSet::intersection);
  }

  public static Bounded<AddressSet> unionOfAddresses(Bounded<AddressSet> a, Bounded<AddressSet> b) {
    return a.combine(b, AddressSet::union);
  }
}
