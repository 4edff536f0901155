package dev.mamori.model;

/** Where a route sends traffic. */
public record RouteTarget(Kind kind, String id) {

  /** The kinds of next hop AWS route tables can name. */
  public enum Kind {
    LOCAL,
    INTERNET_GATEWAY,
    EGRESS_ONLY_INTERNET_GATEWAY,
    NAT_GATEWAY,
    VPC_PEERING_CONNECTION,
    TRANSIT_GATEWAY,
    VIRTUAL_PRIVATE_GATEWAY,
    VPC_ENDPOINT,
    NETWORK_INTERFACE,
    INSTANCE,
    CARRIER_GATEWAY,
    LOCAL_GATEWAY,
    CORE_NETWORK,
    UNKNOWN
  }

  public static final RouteTarget LOCAL = new RouteTarget(Kind.LOCAL, "local");

  @Override
  public String toString() {
    return id;
  }
}
