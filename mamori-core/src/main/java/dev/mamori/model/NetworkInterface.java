package dev.mamori.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An elastic network interface: where security groups apply. {@code securityGroupIds} is the list
 * as AWS reports it; an empty list is kept empty here (the network engine decides what it means).
 */
public record NetworkInterface(
    String id,
    String accountId,
    String region,
    String subnetId,
    String vpcId,
    String availabilityZone,
    String interfaceType,
    String description,
    List<PrivateIp> privateIps,
    List<IpAddress> ipv6Addresses,
    List<String> securityGroupIds,
    Optional<String> instanceId,
    Optional<String> requesterId,
    boolean requesterManaged,
    boolean sourceDestCheck,
    String status,
    Map<String, String> tags) {

  public NetworkInterface {
    privateIps = List.copyOf(privateIps);
    ipv6Addresses = List.copyOf(ipv6Addresses);
    securityGroupIds = List.copyOf(securityGroupIds);
    tags = Map.copyOf(tags);
  }

  public Optional<PrivateIp> primaryPrivateIp() {
    return privateIps.stream().filter(PrivateIp::primary).findFirst().or(() -> privateIps.stream().findFirst());
  }

  /** Public IPv4 addresses (auto-assigned or Elastic) on any private address of the interface. */
  public List<IpAddress> publicIps() {
    return privateIps.stream().flatMap(p -> p.publicIp().stream()).toList();
  }
}
