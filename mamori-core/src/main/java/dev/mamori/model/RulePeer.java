package dev.mamori.model;

import java.util.Optional;

/**
 * The other side of a security group rule: a CIDR block, a managed prefix list, or another
 * security group (whose member interfaces' private addresses it stands for).
 */
public sealed interface RulePeer {
  Optional<String> description();

  record CidrPeer(Cidr cidr, Optional<String> description) implements RulePeer {}

  record PrefixListPeer(String prefixListId, Optional<String> description) implements RulePeer {}

  /**
   * A referenced group. {@code userId} is the owning account, {@code vpcId} and
   * {@code peeringConnectionId} appear when the group lives across a VPC peering.
   */
  record GroupPeer(
      String groupId,
      Optional<String> userId,
      Optional<String> vpcId,
      Optional<String> peeringConnectionId,
      Optional<String> description)
      implements RulePeer {}
}
