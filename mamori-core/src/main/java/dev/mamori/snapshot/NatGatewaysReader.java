package dev.mamori.snapshot;

import dev.mamori.model.NatGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-nat-gateways}. */
final class NatGatewaysReader implements SectionReader {
  @Override
  public String key() {
    return "NatGateways";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("CreateTime", "DeleteTime", "FailureCode", "FailureMessage", "ProvisionedBandwidth",
        "AvailabilityMode", "AutoScalingIps", "AutoProvisionZones", "AttachedAppliances", "RouteTableId");
    String id = n.text("NatGatewayId");
    List<NatGateway.Address> addresses = new ArrayList<>();
    for (Node a : n.objects("NatGatewayAddresses")) {
      a.ignore("AssociationId", "IsPrimary", "FailureMessage", "Status", "AvailabilityZone", "AvailabilityZoneId");
      addresses.add(new NatGateway.Address(a.optNonEmptyText("NetworkInterfaceId"), a.optIp("PrivateIp"),
          a.optIp("PublicIp"), a.optNonEmptyText("AllocationId")));
    }
    String account = file.account().or(ctx::likeliestAccount).orElse("");
    ctx.model.add(new NatGateway(id, account, Regions.of(file, ctx, Optional.empty()),
        n.optText("VpcId").orElse(""), n.optText("SubnetId").orElse(""), n.optText("State").orElse("available"),
        n.optText("ConnectivityType").orElse("public"), addresses, n.tags()));
    ctx.model.source(id, file.relative());
  }
}
