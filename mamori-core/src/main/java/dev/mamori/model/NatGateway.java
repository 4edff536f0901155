package dev.mamori.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A NAT gateway. A {@code public} one (the default connectivity type) gives its subnet's routes
 * outbound-only internet access through its Elastic IP.
 */
public record NatGateway(
    String id,
    String accountId,
    String region,
    String vpcId,
    String subnetId,
    String state,
    String connectivityType,
    List<Address> addresses,
    Map<String, String> tags) {

  /** One address of the gateway, on its own network interface. */
  public record Address(
      Optional<String> networkInterfaceId,
      Optional<IpAddress> privateIp,
      Optional<IpAddress> publicIp,
      Optional<String> allocationId) {}

  public NatGateway {
    addresses = List.copyOf(addresses);
    tags = Map.copyOf(tags);
  }

  public boolean isPublic() {
    return !"private".equalsIgnoreCase(connectivityType);
  }

  public boolean isAvailable() {
    return "available".equalsIgnoreCase(state);
  }
}
