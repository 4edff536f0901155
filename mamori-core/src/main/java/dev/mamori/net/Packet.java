package dev.mamori.net;

import dev.mamori.model.IpAddress;
/**
 * One packet header as the filters see it. Fields that do not exist for the protocol are zero:
 * ports outside TCP/UDP, type and code outside ICMP/ICMPv6 (the factories take care of it).
 */
public record Packet(
    int protocol,
    IpAddress source,
    IpAddress destination,
    int sourcePort,
    int destinationPort,
    int icmpType,
    int icmpCode) {

  public Packet {
    if (protocol < 0 || protocol > Protocols.MAX) {
      throw new IllegalArgumentException("protocol must be 0-255: " + protocol);
    }
    if (source.ipv6() != destination.ipv6()) {
      throw new IllegalArgumentException("source and destination of different IP versions");
    }
    ProtocolClass kind = ProtocolClass.of(IpFamily.of(source), protocol);
    int portMax = kind == ProtocolClass.PORTS ? 65535 : 0;
    int icmpMax = kind == ProtocolClass.ICMP ? 255 : 0;
    checkRange("source port", sourcePort, portMax);
    checkRange("destination port", destinationPort, portMax);
    checkRange("ICMP type", icmpType, icmpMax);
    checkRange("ICMP code", icmpCode, icmpMax);
  }

  public static Packet tcp(IpAddress source, int sourcePort, IpAddress destination, int destinationPort) {
    return new Packet(Protocols.TCP, source, destination, sourcePort, destinationPort, 0, 0);
  }

  public static Packet udp(IpAddress source, int sourcePort, IpAddress destination, int destinationPort) {
    return new Packet(Protocols.UDP, source, destination, sourcePort, destinationPort, 0, 0);
  }

  /** ICMP for IPv4 addresses, ICMPv6 for IPv6 addresses. */
  public static Packet icmp(IpAddress source, IpAddress destination, int type, int code) {
    return new Packet(Protocols.icmpFor(IpFamily.of(source)), source, destination, 0, 0, type, code);
  }

  /** A packet of a protocol without filtered layer-4 fields (e.g. 47, GRE). */
  public static Packet other(int protocol, IpAddress source, IpAddress destination) {
    return new Packet(protocol, source, destination, 0, 0, 0, 0);
  }

  public IpFamily family() {
    return IpFamily.of(source);
  }

  public ProtocolClass protocolClass() {
    return ProtocolClass.of(family(), protocol);
  }

  /** Swapped addresses, and swapped ports for TCP/UDP; ICMP type and code are kept as they are. */
  public Packet reversed() {
    return new Packet(protocol, destination, source, destinationPort, sourcePort, icmpType, icmpCode);
  }

  /** The value of the tree's first layer-4 level: destination port or ICMP type. */
  long layer4Destination() {
    return protocolClass() == ProtocolClass.ICMP ? icmpType : destinationPort;
  }

  /** The value of the tree's second layer-4 level: source port or ICMP code. */
  long layer4Source() {
    return protocolClass() == ProtocolClass.ICMP ? icmpCode : sourcePort;
  }

  private static void checkRange(String what, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " must be 0-" + max + " here: " + value);
    }
  }

  @Override
  public String toString() {
    String l4 = switch (protocolClass()) {
      case PORTS -> " " + source + ":" + sourcePort + " -> " + destination + ":" + destinationPort;
      case ICMP -> " " + source + " -> " + destination + " type " + icmpType + " code " + icmpCode;
      case OTHER -> " " + source + " -> " + destination;
    };
    String name = protocolClass() == ProtocolClass.OTHER ? "protocol " + protocol : Protocols.name(protocol);
    return name + l4;
  }
}
