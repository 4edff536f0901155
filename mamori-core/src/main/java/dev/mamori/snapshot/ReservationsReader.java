package dev.mamori.snapshot;

import dev.mamori.model.Instance;
import dev.mamori.model.NetworkInterface;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-instances}: reservations, their instances and the instances' interfaces. */
final class ReservationsReader implements SectionReader {
  private static final String[] KNOWN_INSTANCE_FIELDS = {
    "AmiLaunchIndex", "Architecture", "BlockDeviceMappings", "BootMode", "CapacityReservationSpecification",
    "ClientToken", "CpuOptions", "CurrentInstanceBootMode", "EbsOptimized", "ElasticGpuAssociations",
    "ElasticInferenceAcceleratorAssociations", "EnaSupport", "EnclaveOptions", "HibernationOptions", "Hypervisor",
    "InstanceLifecycle", "KernelId", "KeyName", "Licenses", "MaintenanceOptions", "Monitoring", "NetworkPerformanceOptions",
    "Operator", "OutpostArn", "PlatformDetails", "PrivateDnsName", "PrivateDnsNameOptions", "ProductCodes",
    "PublicDnsName", "RamdiskId", "RootDeviceName", "RootDeviceType", "SourceDestCheck", "SpotInstanceRequestId",
    "SriovNetSupport", "StateReason", "StateTransitionReason", "TpmSupport", "UsageOperation",
    "UsageOperationUpdateTime", "VirtualizationType", "CapacityBlockId", "Ipv6Address", "InstanceId",
  };

  @Override
  public String key() {
    return "Reservations";
  }

  @Override
  public void read(Node r, SnapshotFile file, ReadContext ctx) {
    r.ignore("ReservationId", "RequesterId", "Groups");
    Optional<String> owner = r.optText("OwnerId");
    owner.ifPresent(ctx::voteAccount);
    for (Node i : r.objects("Instances")) {
      Instance instance = instance(i, owner.or(file::account).orElse(""), file, ctx);
      ctx.model.add(instance);
      ctx.model.source(instance.id(), file.relative());
    }
  }

  private static Instance instance(Node i, String account, SnapshotFile file, ReadContext ctx) {
    i.ignore(KNOWN_INSTANCE_FIELDS);
    String id = i.text("InstanceId");
    Optional<String> az = i.optObject("Placement").flatMap(p -> {
      p.ignore("GroupName", "Tenancy", "AvailabilityZoneId", "HostId", "Affinity", "PartitionNumber",
          "GroupId", "HostResourceGroupArn", "SpreadDomain");
      return p.optNonEmptyText("AvailabilityZone");
    });
    String region = Regions.of(file, ctx, az);
    List<NetworkInterface> enis = new ArrayList<>();
    List<Integer> deviceIndexes = new ArrayList<>();
    for (Node e : i.objects("NetworkInterfaces")) {
      int deviceIndex = e.optObject("Attachment").flatMap(a -> a.optInteger("DeviceIndex")).orElse(enis.size());
      NetworkInterface eni = NetworkInterfacesReader.parse(e, file, ctx, Optional.of(id), az);
      if (eni.accountId().isEmpty()) {
        eni = withAccount(eni, account);
      }
      enis.add(eni);
      deviceIndexes.add(deviceIndex);
    }
    List<String> eniIds = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < enis.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparing(deviceIndexes::get));
    for (int k : order) {
      NetworkInterface eni = enis.get(k);
      eniIds.add(eni.id());
      ctx.assembly.interfacesFromInstances.putIfAbsent(eni.id(), eni);
      ctx.model.source(eni.id(), file.relative());
    }
    List<String> groups = new ArrayList<>();
    for (Node g : i.objects("SecurityGroups")) {
      g.ignore("GroupName");
      groups.add(g.text("GroupId"));
    }
    Optional<String> httpTokens = i.optObject("MetadataOptions").flatMap(m -> {
      m.ignore("State", "HttpPutResponseHopLimit", "HttpEndpoint", "HttpProtocolIpv6", "InstanceMetadataTags");
      return m.optText("HttpTokens");
    });
    String state = i.optObject("State").map(s -> {
      s.ignore("Code");
      return s.optText("Name").orElse("unknown");
    }).orElse("unknown");
    return new Instance(id, account, region, i.optText("InstanceType").orElse(""), state,
        i.optNonEmptyText("SubnetId"), i.optNonEmptyText("VpcId"), i.optIp("PrivateIpAddress"),
        i.optIp("PublicIpAddress"), eniIds, groups,
        i.optObject("IamInstanceProfile").flatMap(p -> p.ignore("Id").optText("Arn")),
        i.optNonEmptyText("Platform"), i.optNonEmptyText("ImageId"), i.optInstant("LaunchTime"), httpTokens,
        i.tags());
  }

  private static NetworkInterface withAccount(NetworkInterface n, String account) {
    return new NetworkInterface(n.id(), account, n.region(), n.subnetId(), n.vpcId(), n.availabilityZone(),
        n.interfaceType(), n.description(), n.privateIps(), n.ipv6Addresses(), n.securityGroupIds(), n.instanceId(),
        n.requesterId(), n.requesterManaged(), n.sourceDestCheck(), n.status(), n.tags());
  }
}
