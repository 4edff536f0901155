package dev.mamori.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A security group: stateful allow rules attached to network interfaces. */
public record SecurityGroup(
    String id,
    String name,
    String description,
    Optional<String> vpcId,
    String ownerId,
    String region,
    List<SecurityGroupRule> ingress,
    List<SecurityGroupRule> egress,
    Map<String, String> tags) {

  public SecurityGroup {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
    tags = Map.copyOf(tags);
  }

  /** The group every VPC has, named {@code default}; it cannot be deleted. */
  public boolean isDefault() {
    return "default".equals(name);
  }
}
