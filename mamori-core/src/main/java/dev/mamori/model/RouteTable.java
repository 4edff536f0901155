package dev.mamori.model;

import java.util.List;
import java.util.Map;

/**
 * A route table. {@code main} marks the VPC's main table, which serves every subnet without an
 * explicit association.
 */
public record RouteTable(
    String id,
    String vpcId,
    String accountId,
    String region,
    List<Route> routes,
    List<String> subnetIds,
    boolean main,
    Map<String, String> tags) {

  public RouteTable {
    routes = List.copyOf(routes);
    subnetIds = List.copyOf(subnetIds);
    tags = Map.copyOf(tags);
  }
}
