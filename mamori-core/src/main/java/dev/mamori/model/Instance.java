package dev.mamori.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An EC2 instance. {@code networkInterfaceIds} is in device-index order, so the first one is the
 * primary interface.
 */
public record Instance(
    String id,
    String accountId,
    String region,
    String instanceType,
    String state,
    Optional<String> subnetId,
    Optional<String> vpcId,
    Optional<IpAddress> privateIp,
    Optional<IpAddress> publicIp,
    List<String> networkInterfaceIds,
    List<String> securityGroupIds,
    Optional<String> iamInstanceProfileArn,
    Optional<String> platform,
    Optional<String> imageId,
    Optional<Instant> launchTime,
    Optional<String> metadataHttpTokens,
    Map<String, String> tags) {

  public Instance {
    networkInterfaceIds = List.copyOf(networkInterfaceIds);
    securityGroupIds = List.copyOf(securityGroupIds);
    tags = Map.copyOf(tags);
  }

  public Optional<String> primaryNetworkInterfaceId() {
    return networkInterfaceIds.stream().findFirst();
  }

  public Optional<String> name() {
    return Optional.ofNullable(tags.get("Name"));
  }
}
