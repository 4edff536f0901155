package dev.mamori.net.reach;

import dev.mamori.model.IpAddress;
import dev.mamori.net.AddressRange;
import dev.mamori.net.AddressSet;
import dev.mamori.net.Addresses;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IpFamily;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The internet addresses worth trying for an {@code internet} end of a flow. Every filter and route
 * on the path decides by address ranges, so its answer is the same for every address between two
 * consecutive range boundaries; trying the first address of every such piece (that is on the
 * internet) is trying them all. Callers pass every range that can matter.
 */
final class InternetWitnesses {
  private InternetWitnesses() {}

  static List<IpAddress> candidates(IpFamily family, Collection<AddressRange> relevant) {
    AddressSet internet = InternetAddresses.all().only(family);
    TreeSet<IpAddress> boundaries = new TreeSet<>();
    for (AddressRange range : internet.ranges()) {
      addBoundaries(boundaries, range);
    }
    for (AddressRange range : relevant) {
      if (range.family() == family) {
        addBoundaries(boundaries, range);
      }
    }
    List<IpAddress> out = new ArrayList<>();
    for (IpAddress b : boundaries) {
      if (internet.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }

  private static void addBoundaries(TreeSet<IpAddress> into, AddressRange range) {
    into.add(range.first());
    if (!Addresses.isLast(range.last())) {
      into.add(Addresses.next(range.last()));
    }
  }
}
