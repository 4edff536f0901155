package dev.mamori.snapshot;

import dev.mamori.model.NetworkInterface;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Resources whose parts arrive in several files, held until every file is read. An interface
 * described only inside {@code describe-instances} is added at the end unless
 * {@code describe-network-interfaces} described it (that one is more complete).
 */
final class Assembly {
  final Map<String, NetworkInterface> interfacesFromInstances = new LinkedHashMap<>();

  void finish(ReadContext ctx) {
    for (NetworkInterface n : interfacesFromInstances.values()) {
      if (!ctx.model.hasNetworkInterface(n.id())) {
        ctx.model.add(n);
      }
    }
  }
}
