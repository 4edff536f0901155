package dev.mamori.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit registry of what the snapshot reader understands. A new AWS output is supported by
 * writing its reader and listing it here; nothing is discovered by classpath scanning.
 */
final class Readers {
  private Readers() {}

  static Map<String, SectionReader> sectionReaders() {
    List<SectionReader> all = List.of(
        new VpcsReader(),
        new SubnetsReader(),
        new RouteTablesReader(),
        new InternetGatewaysReader(false),
        new InternetGatewaysReader(true),
        new NatGatewaysReader(),
        new SecurityGroupsReader(),
        new NetworkAclsReader(),
        new NetworkInterfacesReader(),
        new ReservationsReader());
    Map<String, SectionReader> byKey = new LinkedHashMap<>();
    for (SectionReader r : all) {
      if (byKey.put(r.key(), r) != null) {
        throw new IllegalStateException("two readers for " + r.key());
      }
    }
    return byKey;
  }

  static List<PathReader> pathReaders() {
    return List.of();
  }
}
