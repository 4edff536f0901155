package dev.mamori.net.exposure;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import dev.mamori.net.IntRange;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import java.util.List;
import java.util.Optional;

/**
 * One exposure: connections from {@code sources} (a minimal CIDR list) can be opened to
 * {@code address} (a public address of the interface) for the protocols and layer-4 range given.
 * {@code ports} is a maximal destination port range for TCP/UDP; ICMP carries type and code ranges;
 * other protocols neither. {@code protocols} is a range only for protocols without layer-4 fields.
 */
public record Exposure(
    String eni,
    Optional<String> instance,
    IpAddress address,
    IntRange protocols,
    ProtocolClass protocolClass,
    Optional<IntRange> ports,
    Optional<IntRange> icmpTypes,
    Optional<IntRange> icmpCodes,
    List<Cidr> sources) {

  public Exposure {
    sources = List.copyOf(sources);
  }

  /** {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, a number, or a range {@code 0-5}. */
  public String protocolName() {
    return protocols.isSingle() ? Protocols.name(protocols.from()) : protocols.from() + "-" + protocols.to();
  }

  /** True when the exposure includes destination port {@code port} of TCP or UDP. */
  public boolean includesPort(int protocol, int port) {
    return protocols.contains(protocol) && ports.map(p -> p.contains(port)).orElse(false);
  }
}
