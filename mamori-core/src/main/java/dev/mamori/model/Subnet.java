package dev.mamori.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A subnet of a VPC, in one availability zone. */
public record Subnet(
    String id,
    String vpcId,
    String accountId,
    String region,
    String availabilityZone,
    Optional<Cidr> cidrBlock,
    List<Cidr> ipv6CidrBlocks,
    boolean mapPublicIpOnLaunch,
    Map<String, String> tags) {

  public Subnet {
    ipv6CidrBlocks = List.copyOf(ipv6CidrBlocks);
    tags = Map.copyOf(tags);
  }
}
