package dev.mamori.snapshot;

import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.PrivateIp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws ec2 describe-network-interfaces}; also reads the interfaces that
 * {@code describe-instances} embeds in each instance (same shape, a few fields fewer).
 */
final class NetworkInterfacesReader implements SectionReader {
  @Override
  public String key() {
    return "NetworkInterfaces";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    NetworkInterface eni = parse(n, file, ctx, Optional.empty(), Optional.empty());
    ctx.model.add(eni);
    ctx.model.source(eni.id(), file.relative());
  }

  /**
   * Reads one interface. {@code instanceId} and {@code availabilityZone} come from the enclosing
   * instance when the interface is embedded in {@code describe-instances}.
   */
  static NetworkInterface parse(
      Node n, SnapshotFile file, ReadContext ctx, Optional<String> instanceId, Optional<String> availabilityZone) {
    n.ignore("MacAddress", "PrivateDnsName", "PrivateIpAddress", "Association", "Ipv4Prefixes", "Ipv6Prefixes",
        "DenyAllIgwTraffic", "Ipv6Native", "Ipv6Address", "Operator", "ConnectionTrackingConfiguration",
        "AvailabilityZoneId", "PublicIpDnsNameOptions", "AssociatedSubnets", "PublicDnsName", "PublicIpAddress",
        "OutpostArn", "AttachableToOutpost", "NetworkCardIndex", "InterfaceType");
    String id = n.text("NetworkInterfaceId");
    List<PrivateIp> privateIps = new ArrayList<>();
    for (Node p : n.objects("PrivateIpAddresses")) {
      p.ignore("PrivateDnsName");
      Optional<Node> assoc = p.optObject("Association");
      Optional<IpAddress> publicIp = assoc.flatMap(a -> a.optIp("PublicIp"));
      boolean elastic = assoc.map(NetworkInterfacesReader::isElastic).orElse(false);
      Optional<String> dns = assoc.flatMap(a -> a.optNonEmptyText("PublicDnsName"));
      privateIps.add(new PrivateIp(p.ip("PrivateIpAddress"), p.bool("Primary", false), publicIp, elastic, dns));
    }
    if (privateIps.isEmpty() && n.has("PrivateIpAddress")) {
      Optional<IpAddress> publicIp = n.optObject("Association").flatMap(a -> a.optIp("PublicIp"));
      boolean elastic = n.optObject("Association").map(NetworkInterfacesReader::isElastic).orElse(false);
      privateIps.add(new PrivateIp(n.ip("PrivateIpAddress"), true, publicIp, elastic, Optional.empty()));
    }
    List<IpAddress> ipv6 = new ArrayList<>();
    for (Node a : n.objects("Ipv6Addresses")) {
      a.ignore("IsPrimaryIpv6");
      ipv6.add(a.ip("Ipv6Address"));
    }
    List<String> groups = new ArrayList<>();
    for (Node g : n.objects("Groups")) {
      g.ignore("GroupName");
      groups.add(g.text("GroupId"));
    }
    Optional<String> attachedTo = n.optObject("Attachment").flatMap(a -> {
      a.ignore("AttachTime", "AttachmentId", "DeleteOnTermination", "DeviceIndex", "NetworkCardIndex",
          "InstanceOwnerId", "Status", "EnaSrdSpecification", "EnaQueueCount");
      return a.optNonEmptyText("InstanceId");
    });
    Optional<String> az = n.optNonEmptyText("AvailabilityZone").or(() -> availabilityZone);
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    Map<String, String> tags = n.has("TagSet") ? n.tags("TagSet") : n.tags();
    return new NetworkInterface(id, owner, Regions.of(file, ctx, az), n.optText("SubnetId").orElse(""),
        n.optText("VpcId").orElse(""), az.orElse(""), n.optText("InterfaceType").orElse("interface"),
        n.optText("Description").orElse(""), privateIps, ipv6, groups, attachedTo.or(() -> instanceId),
        n.optNonEmptyText("RequesterId"), n.bool("RequesterManaged", false), n.bool("SourceDestCheck", true),
        n.optText("Status").orElse("in-use"), tags);
  }

  /**
   * An Elastic IP's association names the owning account (and an allocation); an auto-assigned
   * public IP is owned by {@code amazon}.
   */
  private static boolean isElastic(Node association) {
    association.ignore("AssociationId", "CarrierIp", "CustomerOwnedIp", "PublicDnsName");
    boolean amazonOwned = association.optText("IpOwnerId").map("amazon"::equals).orElse(true);
    return association.optNonEmptyText("AllocationId").isPresent() || !amazonOwned;
  }
}
