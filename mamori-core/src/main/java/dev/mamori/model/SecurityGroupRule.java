package dev.mamori.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code IpPermission} of a security group: a protocol with its ports (TCP/UDP) or ICMP
 * type/code, and the peers it allows. Protocol {@link IpProtocol#ALL} and protocols other than
 * TCP, UDP, ICMP and ICMPv6 carry neither ports nor ICMP fields: they match all of them.
 */
public record SecurityGroupRule(
    IpProtocol protocol, Optional<PortRange> ports, Optional<IcmpTypeCode> icmp, List<RulePeer> peers) {

  public SecurityGroupRule {
    peers = List.copyOf(peers);
  }
}
