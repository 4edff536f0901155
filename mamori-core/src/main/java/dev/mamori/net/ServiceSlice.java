package dev.mamori.net;

/**
 * A piece of a {@link PacketSet}: one maximal cell of (family, protocols, layer-4 ranges) with one
 * product of source and destination addresses. The slices of a set are disjoint and their union is
 * the set. Layer-4 ranges follow the {@link PacketBox} convention (ICMP type/code in the port fields).
 */
public record ServiceSlice(
    IpFamily family,
    IntRange protocols,
    IntRange destinationPorts,
    IntRange sourcePorts,
    AddressSet sources,
    AddressSet destinations) {

  public ProtocolClass protocolClass() {
    return ProtocolClass.of(family, protocols.from());
  }
}
