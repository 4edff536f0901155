package dev.mamori.model;

import java.util.List;
import java.util.Map;

/**
 * An internet gateway, or an egress-only internet gateway (IPv6, outbound only) when
 * {@code egressOnly} is set.
 */
public record InternetGateway(
    String id, String accountId, String region, boolean egressOnly, List<String> attachedVpcIds, Map<String, String> tags) {

  public InternetGateway {
    attachedVpcIds = List.copyOf(attachedVpcIds);
    tags = Map.copyOf(tags);
  }
}
