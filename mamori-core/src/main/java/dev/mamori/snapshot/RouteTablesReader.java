package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Route;
import dev.mamori.model.RouteTable;
import dev.mamori.model.RouteTarget;
import dev.mamori.model.RouteTarget.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-route-tables}. */
final class RouteTablesReader implements SectionReader {
  @Override
  public String key() {
    return "RouteTables";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("PropagatingVgws");
    String id = n.text("RouteTableId");
    List<Route> routes = new ArrayList<>();
    for (Node r : n.objects("Routes")) {
      routes.add(route(r));
    }
    List<String> subnets = new ArrayList<>();
    boolean main = false;
    for (Node a : n.objects("Associations")) {
      a.ignore("RouteTableAssociationId", "RouteTableId", "AssociationState", "GatewayId");
      if (a.bool("Main", false)) {
        main = true;
      }
      a.optText("SubnetId").ifPresent(subnets::add);
    }
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    ctx.model.add(new RouteTable(id, n.text("VpcId"), owner, Regions.of(file, ctx, Optional.empty()), routes, subnets,
        main, n.tags()));
    ctx.model.source(id, file.relative());
  }

  static Route route(Node r) {
    r.ignore("InstanceOwnerId", "DestinationArn", "OdbNetworkArn");
    Optional<Cidr> v4 = r.optCidr("DestinationCidrBlock");
    Optional<Cidr> v6 = r.optCidr("DestinationIpv6CidrBlock");
    Optional<String> prefixList = r.optNonEmptyText("DestinationPrefixListId");
    int destinations = (v4.isPresent() ? 1 : 0) + (v6.isPresent() ? 1 : 0) + (prefixList.isPresent() ? 1 : 0);
    if (destinations != 1) {
      throw r.error("expected exactly one of DestinationCidrBlock, DestinationIpv6CidrBlock and DestinationPrefixListId");
    }
    boolean blackhole = r.optText("State").map("blackhole"::equalsIgnoreCase).orElse(false);
    return new Route(v4.or(() -> v6), v4.or(() -> v6).isPresent() ? Optional.empty() : prefixList, target(r),
        blackhole, r.optText("Origin").orElse("CreateRoute"));
  }

  private static RouteTarget target(Node r) {
    Optional<String> gateway = r.optNonEmptyText("GatewayId");
    if (gateway.isPresent()) {
      String g = gateway.get();
      if (g.equals("local")) {
        return RouteTarget.LOCAL;
      }
      Kind kind = g.startsWith("igw-") ? Kind.INTERNET_GATEWAY
          : g.startsWith("vgw-") ? Kind.VIRTUAL_PRIVATE_GATEWAY
          : g.startsWith("vpce-") ? Kind.VPC_ENDPOINT
          : g.startsWith("eigw-") ? Kind.EGRESS_ONLY_INTERNET_GATEWAY
          : Kind.UNKNOWN;
      return new RouteTarget(kind, g);
    }
    String[][] fields = {
      {"NatGatewayId", "NAT_GATEWAY"},
      {"EgressOnlyInternetGatewayId", "EGRESS_ONLY_INTERNET_GATEWAY"},
      {"VpcPeeringConnectionId", "VPC_PEERING_CONNECTION"},
      {"TransitGatewayId", "TRANSIT_GATEWAY"},
      {"NetworkInterfaceId", "NETWORK_INTERFACE"},
      {"InstanceId", "INSTANCE"},
      {"CarrierGatewayId", "CARRIER_GATEWAY"},
      {"LocalGatewayId", "LOCAL_GATEWAY"},
      {"CoreNetworkArn", "CORE_NETWORK"},
    };
    // An instance route also names the instance's interface; the interface is the precise hop.
    Optional<String> eni = r.optNonEmptyText("NetworkInterfaceId");
    for (String[] f : fields) {
      Optional<String> v = r.optNonEmptyText(f[0]);
      if (v.isPresent()) {
        if (f[0].equals("InstanceId") && eni.isPresent()) {
          return new RouteTarget(Kind.NETWORK_INTERFACE, eni.get());
        }
        return new RouteTarget(Kind.valueOf(f[1]), v.get());
      }
    }
    return new RouteTarget(Kind.UNKNOWN, "unknown");
  }
}
