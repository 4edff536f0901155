package dev.mamori.audit.checks.network;

import dev.mamori.model.Cidr;
import dev.mamori.net.AddressSet;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IpFamily;
import dev.mamori.net.PacketSet;
import java.util.ArrayList;
import java.util.List;

/**
 * "The whole internet" of one IP version, as CIS's 0.0.0.0/0 and ::/0 mean it: every globally
 * reachable address of that version (the network engine's {@link InternetAddresses}). A rule for
 * 0.0.0.0/0 covers it; so do rules that add up to it, or that leave out only private and
 * documentation ranges.
 */
record InternetOf(IpFamily family) {

  AddressSet addresses() {
    return InternetAddresses.all().only(family);
  }

  /** Every packet from an internet address of this version. */
  PacketSet asSources() {
    return PacketSet.sources(addresses());
  }

  /** {@code 0.0.0.0/0} or {@code ::/0}: the block a rule names to open to all of it. */
  String block() {
    return family == IpFamily.IPV4 ? "0.0.0.0/0" : "::/0";
  }

  /** Sources as people read them: the whole internet of a version, a few blocks, or how many. */
  static String describe(List<Cidr> sources) {
    AddressSet set = AddressSet.ofCidrs(sources);
    List<String> parts = new ArrayList<>();
    for (IpFamily family : IpFamily.values()) {
      InternetOf internet = new InternetOf(family);
      if (!internet.addresses().isEmpty() && set.containsAll(internet.addresses())) {
        parts.add(internet.words());
      }
    }
    if (!parts.isEmpty()) {
      return String.join(" and ", parts);
    }
    return sources.size() <= 3 ? sources.toString() : sources.size() + " blocks of the internet, e.g. " + sources.subList(0, 3);
  }

  /** {@code the whole IPv4 internet}. */
  String words() {
    return "the whole " + (family == IpFamily.IPV4 ? "IPv4" : "IPv6") + " internet";
  }
}
