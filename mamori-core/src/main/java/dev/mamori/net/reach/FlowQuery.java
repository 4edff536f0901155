package dev.mamori.net.reach;

import dev.mamori.net.Protocols;

/**
 * A flow to analyse: two ends, a protocol, and its layer-4 fields. Ports matter for TCP and UDP,
 * type and code for ICMP (ICMPv6 when the flow is IPv6); they are ignored otherwise.
 */
public record FlowQuery(
    Endpoint source,
    Endpoint destination,
    int protocol,
    int sourcePort,
    int destinationPort,
    int icmpType,
    int icmpCode) {

  /** Default source port: inside every common ephemeral range (Linux, Windows, NAT gateway). */
  public static final int DEFAULT_SOURCE_PORT = 49152;

  public static FlowQuery tcp(Endpoint source, Endpoint destination, int port) {
    return new FlowQuery(source, destination, Protocols.TCP, DEFAULT_SOURCE_PORT, port, 0, 0);
  }

  public static FlowQuery udp(Endpoint source, Endpoint destination, int port) {
    return new FlowQuery(source, destination, Protocols.UDP, DEFAULT_SOURCE_PORT, port, 0, 0);
  }

  /** An echo request (type 8, or 128 for IPv6). */
  public static FlowQuery ping(Endpoint source, Endpoint destination) {
    return new FlowQuery(source, destination, Protocols.ICMP, 0, 0, 8, 0);
  }
}
