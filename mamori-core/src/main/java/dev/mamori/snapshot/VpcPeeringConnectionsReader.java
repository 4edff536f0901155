package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.VpcPeeringConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws ec2 describe-vpc-peering-connections}. Every connection is kept with its status
 * (only an {@code active} one carries traffic; the engines decide).
 */
final class VpcPeeringConnectionsReader implements SectionReader {
  @Override
  public String key() {
    return "VpcPeeringConnections";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("ExpirationTime", "Tags");
    String id = n.text("VpcPeeringConnectionId");
    String region = Regions.of(file, ctx, Optional.empty());
    String status = n.optObject("Status").map(s -> s.ignore("Message").optText("Code").orElse("")).orElse("");
    ctx.model.add(new VpcPeeringConnection(id, region, side(n.object("RequesterVpcInfo"), region),
        side(n.object("AccepterVpcInfo"), region), status));
    ctx.model.source(id, file.relative());
  }

  /** One end; a side without a region is in the region of the file. */
  private static VpcPeeringConnection.Side side(Node info, String fileRegion) {
    info.ignore("PeeringOptions", "Ipv6CidrBlockSet");
    List<Cidr> cidrs = new ArrayList<>();
    info.optCidr("CidrBlock").ifPresent(cidrs::add);
    for (Node b : info.objects("CidrBlockSet")) {
      Cidr c = b.cidr("CidrBlock");
      if (!cidrs.contains(c)) {
        cidrs.add(c);
      }
    }
    for (Node b : info.objects("Ipv6CidrBlockSet")) {
      cidrs.add(b.cidr("Ipv6CidrBlock"));
    }
    return new VpcPeeringConnection.Side(info.optText("OwnerId").orElse(""), info.text("VpcId"),
        info.optNonEmptyText("Region").orElse(fileRegion), cidrs);
  }
}
