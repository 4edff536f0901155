package dev.mamori.net.filter;

import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.PortRange;
import dev.mamori.net.AddressSet;
import dev.mamori.net.PacketSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the sets that many rules repeat: a snapshot has thousands of rules but few distinct
 * services ({@code tcp 443}, {@code all traffic}, …) and CIDR blocks, so each is built once per
 * engine. Thread-safe.
 */
public final class ServiceSetCache {

  private record Service(IpProtocol protocol, Optional<PortRange> ports, Optional<IcmpTypeCode> icmp) {}

  private record Peer(AddressSet addresses, boolean asSource) {}

  private final Map<Service, PacketSet> services = new ConcurrentHashMap<>();
  private final Map<Peer, PacketSet> peers = new ConcurrentHashMap<>();

  public PacketSet service(IpProtocol protocol, Optional<PortRange> ports, Optional<IcmpTypeCode> icmp) {
    return services.computeIfAbsent(new Service(protocol, ports, icmp), s -> ServiceSets.of(s.protocol(), s.ports(), s.icmp()));
  }

  /** Every packet whose source (or destination) is in {@code addresses}. */
  public PacketSet peer(AddressSet addresses, boolean asSource) {
    return peers.computeIfAbsent(new Peer(addresses, asSource),
        p -> p.asSource() ? PacketSet.sources(p.addresses()) : PacketSet.destinations(p.addresses()));
  }
}
