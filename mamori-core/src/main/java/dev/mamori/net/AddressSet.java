package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * An immutable set of IPv4 and/or IPv6 addresses, kept as sorted, disjoint, non-adjacent ranges so
 * that two equal sets always have equal range lists. IPv4 ranges sort before IPv6 ranges.
 */
public final class AddressSet {

  private static final AddressSet EMPTY = new AddressSet(List.of());

  private final List<AddressRange> ranges;

  private AddressSet(List<AddressRange> normalizedRanges) {
    this.ranges = normalizedRanges;
  }

  public static AddressSet empty() {
    return EMPTY;
  }

  /** Every address of both families. */
  public static AddressSet all() {
    return new AddressSet(List.of(AddressRange.all(IpFamily.IPV4), AddressRange.all(IpFamily.IPV6)));
  }

  /** Every address of one family. */
  public static AddressSet all(IpFamily family) {
    return new AddressSet(List.of(AddressRange.all(family)));
  }

  public static AddressSet of(IpAddress address) {
    return new AddressSet(List.of(AddressRange.single(address)));
  }

  public static AddressSet of(Cidr... cidrs) {
    return ofCidrs(List.of(cidrs));
  }

  public static AddressSet ofCidrs(Collection<Cidr> cidrs) {
    List<AddressRange> ranges = new ArrayList<>(cidrs.size());
    for (Cidr cidr : cidrs) {
      ranges.add(Addresses.range(cidr));
    }
    return ofRanges(ranges);
  }

  public static AddressSet ofRanges(Collection<AddressRange> ranges) {
    return new AddressSet(normalize(new ArrayList<>(ranges)));
  }

  public List<AddressRange> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  public boolean contains(IpAddress address) {
    int lo = 0;
    int hi = ranges.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      AddressRange range = ranges.get(mid);
      if (address.compareTo(range.first()) < 0) {
        hi = mid - 1;
      } else if (address.compareTo(range.last()) > 0) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The addresses of one family only. */
  public AddressSet only(IpFamily family) {
    return new AddressSet(ranges.stream().filter(r -> r.family() == family).toList());
  }

  public boolean hasFamily(IpFamily family) {
    return ranges.stream().anyMatch(r -> r.family() == family);
  }

  public AddressSet union(AddressSet other) {
    List<AddressRange> both = new ArrayList<>(ranges);
    both.addAll(other.ranges);
    return new AddressSet(normalize(both));
  }

  public AddressSet intersection(AddressSet other) {
    List<AddressRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ranges.size() && j < other.ranges.size()) {
      AddressRange a = ranges.get(i);
      AddressRange b = other.ranges.get(j);
      IpAddress first = max(a.first(), b.first());
      IpAddress last = min(a.last(), b.last());
      if (first.ipv6() == last.ipv6() && first.compareTo(last) <= 0) {
        out.add(new AddressRange(first, last));
      }
      if (a.last().compareTo(b.last()) < 0) {
        i++;
      } else {
        j++;
      }
    }
    return new AddressSet(normalize(out));
  }

  /** Every address of both families that is not in this set. */
  public AddressSet complement() {
    List<AddressRange> out = new ArrayList<>();
    for (IpFamily family : IpFamily.values()) {
      IpAddress next = Addresses.first(family);
      boolean exhausted = false;
      for (AddressRange range : ranges) {
        if (range.family() != family) {
          continue;
        }
        if (range.first().compareTo(next) > 0) {
          out.add(new AddressRange(next, Addresses.previous(range.first())));
        }
        if (Addresses.isLast(range.last())) {
          exhausted = true;
          break;
        }
        next = Addresses.next(range.last());
      }
      if (!exhausted) {
        out.add(new AddressRange(next, Addresses.last(family)));
      }
    }
    return new AddressSet(out);
  }

  public AddressSet minus(AddressSet other) {
    return intersection(other.complement());
  }

  public boolean containsAll(AddressSet other) {
    return other.minus(this).isEmpty();
  }

  /** The fewest CIDR blocks whose union is exactly this set, in address order. */
  public List<Cidr> toCidrs() {
    List<Cidr> out = new ArrayList<>();
    for (AddressRange range : ranges) {
      appendCidrs(range, out);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Greedy largest aligned block first: within one range this is the known-minimal cover, and as the
   * ranges are non-adjacent no block can serve two of them, so the whole list is minimal.
   */
  private static void appendCidrs(AddressRange range, List<Cidr> out) {
    IpFamily family = range.family();
    int bits = family.bits();
    IpAddress start = range.first();
    IpAddress end = range.last();
    while (true) {
      int hostBits = Math.min(U128.trailingZeros(start.high(), start.low()), bits);
      while (true) {
        long highMask = hostBits > 64 ? U128.lowMask(hostBits - 64) : 0;
        long lowMask = U128.lowMask(Math.min(hostBits, 64));
        IpAddress blockLast = Addresses.of(family, start.high() | highMask, start.low() | lowMask);
        if (blockLast.compareTo(end) <= 0) {
          out.add(Addresses.cidr(start, bits - hostBits));
          if (blockLast.equals(end)) {
            return;
          }
          start = Addresses.next(blockLast);
          break;
        }
        hostBits--;
      }
    }
  }

  private static List<AddressRange> normalize(List<AddressRange> ranges) {
    if (ranges.isEmpty()) {
      return List.of();
    }
    Collections.sort(ranges);
    List<AddressRange> out = new ArrayList<>();
    AddressRange current = ranges.get(0);
    for (int i = 1; i < ranges.size(); i++) {
      AddressRange next = ranges.get(i);
      boolean touches = next.family() == current.family()
          && (next.first().compareTo(current.last()) <= 0 || Addresses.isFollowedBy(current.last(), next.first()));
      if (touches) {
        current = new AddressRange(current.first(), max(current.last(), next.last()));
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    return List.copyOf(out);
  }

  private static IpAddress max(IpAddress a, IpAddress b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static IpAddress min(IpAddress a, IpAddress b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressSet other && ranges.equals(other.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return toCidrs().toString();
  }
}
