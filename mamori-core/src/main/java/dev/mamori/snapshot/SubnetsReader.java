package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-subnets}. */
final class SubnetsReader implements SectionReader {
  @Override
  public String key() {
    return "Subnets";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("AvailabilityZoneId", "AvailableIpAddressCount", "DefaultForAz", "State", "SubnetArn",
        "AssignIpv6AddressOnCreation", "MapCustomerOwnedIpOnLaunch", "CustomerOwnedIpv4Pool", "EnableDns64",
        "Ipv6Native", "PrivateDnsNameOptionsOnLaunch", "EnableLniAtDeviceIndex", "BlockPublicAccessStates",
        "OutpostArn", "Type");
    String id = n.text("SubnetId");
    String az = n.optText("AvailabilityZone").orElse("");
    List<Cidr> v6 = new ArrayList<>();
    for (Node a : n.objects("Ipv6CidrBlockAssociationSet")) {
      a.ignore("AssociationId", "Ipv6AddressAttribute", "IpSource", "Ipv6CidrBlock");
      if (VpcsReader.associated(a, "Ipv6CidrBlockState")) {
        v6.add(a.cidr("Ipv6CidrBlock"));
      }
    }
    Optional<String> owner = n.optText("OwnerId");
    owner.ifPresent(ctx::voteAccount);
    String region = Regions.of(file, ctx, Optional.of(az).filter(s -> !s.isEmpty()));
    ctx.model.add(new Subnet(id, n.text("VpcId"), owner.or(file::account).orElse(""), region, az,
        n.optCidr("CidrBlock"), v6, n.bool("MapPublicIpOnLaunch", false), n.tags()));
    ctx.model.source(id, file.relative());
  }
}
