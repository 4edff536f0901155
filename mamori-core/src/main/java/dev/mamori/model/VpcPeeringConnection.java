package dev.mamori.model;

import java.util.List;

/** A VPC peering connection; only an {@code active} one carries traffic. */
public record VpcPeeringConnection(String id, String region, Side requester, Side accepter, String status) {

  /** One end of the peering. */
  public record Side(String ownerId, String vpcId, String region, List<Cidr> cidrBlocks) {
    public Side {
      cidrBlocks = List.copyOf(cidrBlocks);
    }
  }

  public boolean isActive() {
    return "active".equalsIgnoreCase(status);
  }

  /** The other end seen from {@code vpcId}. */
  public java.util.Optional<Side> peerOf(String vpcId) {
    if (requester.vpcId().equals(vpcId)) {
      return java.util.Optional.of(accepter);
    }
    if (accepter.vpcId().equals(vpcId)) {
      return java.util.Optional.of(requester);
    }
    return java.util.Optional.empty();
  }
}
