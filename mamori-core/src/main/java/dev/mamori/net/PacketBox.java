package dev.mamori.net;

/**
 * A product of ranges, one per dimension: the unit in which a {@link PacketSet} is enumerated.
 * The two layer-4 ranges mean ports for TCP/UDP, and {@code destinationPorts} = ICMP type,
 * {@code sourcePorts} = ICMP code for ICMP/ICMPv6; they are {@code [0,0]} for other protocols.
 * Boxes from {@link PacketSet#boxes()} never mix protocol classes.
 */
public record PacketBox(
    IpFamily family,
    IntRange protocols,
    AddressRange sources,
    AddressRange destinations,
    IntRange sourcePorts,
    IntRange destinationPorts) {

  public PacketBox {
    if (sources.family() != family || destinations.family() != family) {
      throw new IllegalArgumentException("box addresses must be " + family);
    }
    if (protocols.to() > Protocols.MAX) {
      throw new IllegalArgumentException("protocols must be 0-255: " + protocols);
    }
  }

  /** The class of the first protocol; for boxes from enumeration, of all of them. */
  public ProtocolClass protocolClass() {
    return ProtocolClass.of(family, protocols.from());
  }

  public IntRange icmpTypes() {
    return destinationPorts;
  }

  public IntRange icmpCodes() {
    return sourcePorts;
  }

  public boolean contains(Packet packet) {
    return packet.family() == family
        && protocols.contains(packet.protocol())
        && sources.contains(packet.source())
        && destinations.contains(packet.destination())
        && sourcePorts.contains((int) packet.layer4Source())
        && destinationPorts.contains((int) packet.layer4Destination());
  }

  @Override
  public String toString() {
    String proto = protocols.isSingle() ? Protocols.name(protocols.from()) : "proto " + protocols;
    String l4 = switch (protocolClass()) {
      case PORTS -> " sport " + sourcePorts + " dport " + destinationPorts;
      case ICMP -> " type " + destinationPorts + " code " + sourcePorts;
      case OTHER -> "";
    };
    return proto + " " + sources + " -> " + destinations + l4;
  }
}
