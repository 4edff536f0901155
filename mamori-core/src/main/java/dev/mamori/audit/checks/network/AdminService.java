package dev.mamori.audit.checks.network;

import dev.mamori.audit.CheckMetadata;
import dev.mamori.net.IntRange;
import dev.mamori.net.PacketSet;
import dev.mamori.net.Protocols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A remote administration service as CIS 5.2–5.4 name them: a port (22, 3389) over one transport
 * protocol. CIS counts TCP and UDP (and rules for all protocols, which include both), so both are
 * services here. The list comes from the check's {@code adminPorts} and {@code protocols}
 * parameters in checks.json.
 */
record AdminService(int protocol, int port) {

  /** The services a check's parameters name, port by port: tcp 22, udp 22, tcp 3389, udp 3389. */
  static List<AdminService> of(CheckMetadata metadata) {
    List<AdminService> out = new ArrayList<>();
    for (String port : metadata.parameters().get("adminPorts").split(",")) {
      for (String name : metadata.parameters().get("protocols").split(",")) {
        int protocol = Protocols.parse(name.trim())
            .orElseThrow(() -> new IllegalStateException(metadata.id() + ": unknown protocol " + name + " in checks.json"));
        out.add(new AdminService(protocol, Integer.parseInt(port.trim())));
      }
    }
    return List.copyOf(out);
  }

  /** {@code 22 and 3389 over TCP or UDP}: the services a check asks about, in a message. */
  static String describe(List<AdminService> services) {
    List<Integer> ports = services.stream().map(AdminService::port).distinct().toList();
    List<String> protocols = services.stream().map(s -> Protocols.name(s.protocol()).toUpperCase(Locale.ROOT)).distinct()
        .toList();
    return AdminPortWords.list(ports) + " over " + String.join(" or ", protocols);
  }

  /** Every packet of the service, from and to any address. */
  PacketSet packets() {
    return PacketSet.protocol(protocol).intersection(PacketSet.destinationPorts(IntRange.single(port)));
  }

  /** {@code tcp 22}. */
  @Override
  public String toString() {
    return Protocols.name(protocol) + " " + port;
  }
}
