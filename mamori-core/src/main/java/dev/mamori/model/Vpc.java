package dev.mamori.model;

import java.util.List;
import java.util.Map;

/** A VPC with its IPv4 and IPv6 CIDR blocks. */
public record Vpc(
    String id,
    String accountId,
    String region,
    List<Cidr> cidrBlocks,
    List<Cidr> ipv6CidrBlocks,
    boolean isDefault,
    Map<String, String> tags) {

  public Vpc {
    cidrBlocks = List.copyOf(cidrBlocks);
    ipv6CidrBlocks = List.copyOf(ipv6CidrBlocks);
    tags = Map.copyOf(tags);
  }

  public boolean hasIpv6() {
    return !ipv6CidrBlocks.isEmpty();
  }
}
