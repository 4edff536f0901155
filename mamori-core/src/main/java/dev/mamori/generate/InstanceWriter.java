package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.generate.VpcPlan.Eni;
import dev.mamori.generate.VpcPlan.EniKind;
import dev.mamori.generate.VpcPlan.Instance;
import dev.mamori.generate.VpcPlan.PublicIp;
import dev.mamori.generate.VpcPlan.SecurityGroup;
import dev.mamori.generate.VpcPlan.Volume;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes interfaces as {@code aws ec2 describe-network-interfaces} prints them, and instances —
 * each in its own reservation, with its interfaces embedded — as {@code describe-instances} does.
 */
final class InstanceWriter {
  /** Graviton types have a {@code g} after the generation digit: m7g, c7g, r6g. */
  private static final Pattern GRAVITON = Pattern.compile("[a-z]\\d+g.*");

  private final String account;
  private final String region;

  InstanceWriter(String account, String region) {
    this.account = account;
    this.region = region;
  }

  /** One element of {@code describe-network-interfaces}. */
  void networkInterface(JsonGenerator g, VpcPlan v, Eni e) throws IOException {
    g.writeStartObject();
    association(g, e.publicIp());
    attachment(g, e, true);
    g.writeStringField("AvailabilityZone", e.subnet().availabilityZone());
    g.writeStringField("Description", e.description());
    groups(g, "Groups", e.groups());
    g.writeStringField("InterfaceType", e.kind().interfaceType);
    ipv6Addresses(g, e);
    g.writeStringField("MacAddress", e.macAddress());
    g.writeStringField("NetworkInterfaceId", e.id());
    g.writeStringField("OwnerId", account);
    g.writeStringField("PrivateDnsName", e.privateDnsName(region));
    g.writeStringField("PrivateIpAddress", e.privateIp());
    privateIpAddresses(g, e);
    if (e.kind().requesterManaged()) {
      g.writeStringField("RequesterId", e.kind().requesterId);
    }
    g.writeBooleanField("RequesterManaged", e.kind().requesterManaged());
    g.writeBooleanField("SourceDestCheck", e.kind() != EniKind.NAT_GATEWAY);
    g.writeStringField("Status", "in-use");
    g.writeStringField("SubnetId", e.subnet().id());
    CliJson.tags(g, "TagSet");
    g.writeStringField("VpcId", v.id());
    g.writeEndObject();
  }

  /** One reservation of {@code describe-instances}, holding one instance. */
  void reservation(JsonGenerator g, VpcPlan v, Instance i, String profileArn, String profileId) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Groups");
    g.writeEndArray();
    g.writeArrayFieldStart("Instances");
    instance(g, v, i, profileArn, profileId);
    g.writeEndArray();
    g.writeStringField("OwnerId", account);
    g.writeStringField("ReservationId", "r-0" + i.id().substring(3));
    g.writeEndObject();
  }

  private void instance(JsonGenerator g, VpcPlan v, Instance i, String profileArn, String profileId) throws IOException {
    Eni primary = i.interfaces().get(0);
    g.writeStartObject();
    g.writeNumberField("AmiLaunchIndex", 0);
    g.writeStringField("ImageId", i.imageId());
    g.writeStringField("InstanceId", i.id());
    g.writeStringField("InstanceType", i.instanceType());
    g.writeStringField("KeyName", i.keyName());
    g.writeStringField("LaunchTime", i.launchTime());
    g.writeObjectFieldStart("Monitoring");
    g.writeStringField("State", "disabled");
    g.writeEndObject();
    g.writeObjectFieldStart("Placement");
    g.writeStringField("AvailabilityZone", primary.subnet().availabilityZone());
    g.writeStringField("GroupName", "");
    g.writeStringField("Tenancy", "default");
    g.writeEndObject();
    if (i.platform().isPresent()) {
      g.writeStringField("Platform", i.platform().get());
    }
    g.writeStringField("PrivateDnsName", primary.privateDnsName(region));
    g.writeStringField("PrivateIpAddress", primary.privateIp());
    g.writeArrayFieldStart("ProductCodes");
    g.writeEndArray();
    g.writeStringField("PublicDnsName", primary.publicIp().map(p -> publicDnsName(p.address())).orElse(""));
    if (primary.publicIp().isPresent()) {
      g.writeStringField("PublicIpAddress", primary.publicIp().get().address());
    }
    g.writeObjectFieldStart("State");
    g.writeNumberField("Code", 16);
    g.writeStringField("Name", "running");
    g.writeEndObject();
    g.writeStringField("StateTransitionReason", "");
    g.writeStringField("SubnetId", primary.subnet().id());
    g.writeStringField("VpcId", v.id());
    g.writeStringField("Architecture", GRAVITON.matcher(i.instanceType()).matches() ? "arm64" : "x86_64");
    blockDevices(g, i);
    g.writeStringField("ClientToken", "terraform-" + i.id().substring(3, 15));
    g.writeBooleanField("EbsOptimized", true);
    g.writeBooleanField("EnaSupport", true);
    g.writeStringField("Hypervisor", "xen");
    g.writeObjectFieldStart("IamInstanceProfile");
    g.writeStringField("Arn", profileArn);
    g.writeStringField("Id", profileId);
    g.writeEndObject();
    g.writeArrayFieldStart("NetworkInterfaces");
    for (Eni e : i.interfaces()) {
      embeddedInterface(g, v, e);
    }
    g.writeEndArray();
    g.writeStringField("RootDeviceName", i.volumes().get(0).device());
    g.writeStringField("RootDeviceType", "ebs");
    groups(g, "SecurityGroups", primary.groups());
    g.writeBooleanField("SourceDestCheck", true);
    CliJson.tags(g, "Tags", "Name", i.name(), "Role", i.role(), "Team", i.team());
    g.writeStringField("VirtualizationType", "hvm");
    g.writeObjectFieldStart("MetadataOptions");
    g.writeStringField("State", "applied");
    g.writeStringField("HttpTokens", i.httpTokens());
    g.writeNumberField("HttpPutResponseHopLimit", 2);
    g.writeStringField("HttpEndpoint", "enabled");
    g.writeStringField("HttpProtocolIpv6", "disabled");
    g.writeStringField("InstanceMetadataTags", "disabled");
    g.writeEndObject();
    g.writeStringField("PlatformDetails", i.platform().isPresent() ? "Windows" : "Linux/UNIX");
    g.writeStringField("UsageOperation", i.platform().isPresent() ? "RunInstances:0002" : "RunInstances");
    g.writeStringField("UsageOperationUpdateTime", i.launchTime());
    g.writeStringField("CurrentInstanceBootMode", "uefi");
    g.writeEndObject();
  }

  private void blockDevices(JsonGenerator g, Instance i) throws IOException {
    g.writeArrayFieldStart("BlockDeviceMappings");
    for (Volume vol : i.volumes()) {
      g.writeStartObject();
      g.writeStringField("DeviceName", vol.device());
      g.writeObjectFieldStart("Ebs");
      g.writeStringField("AttachTime", i.launchTime());
      g.writeBooleanField("DeleteOnTermination", vol.sourceSnapshotId().startsWith("snap-"));
      g.writeStringField("Status", "attached");
      g.writeStringField("VolumeId", vol.id());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** An interface inside {@code describe-instances}: the same shape, a few fields fewer. */
  private void embeddedInterface(JsonGenerator g, VpcPlan v, Eni e) throws IOException {
    g.writeStartObject();
    association(g, e.publicIp());
    attachment(g, e, false);
    g.writeStringField("Description", e.description());
    groups(g, "Groups", e.groups());
    ipv6Addresses(g, e);
    g.writeStringField("MacAddress", e.macAddress());
    g.writeStringField("NetworkInterfaceId", e.id());
    g.writeStringField("OwnerId", account);
    g.writeStringField("PrivateDnsName", e.privateDnsName(region));
    g.writeStringField("PrivateIpAddress", e.privateIp());
    privateIpAddresses(g, e);
    g.writeBooleanField("SourceDestCheck", true);
    g.writeStringField("Status", "in-use");
    g.writeStringField("SubnetId", e.subnet().id());
    g.writeStringField("VpcId", v.id());
    g.writeStringField("InterfaceType", "interface");
    g.writeEndObject();
  }

  private void association(JsonGenerator g, Optional<PublicIp> ip) throws IOException {
    if (ip.isEmpty()) {
      return;
    }
    PublicIp p = ip.get();
    g.writeObjectFieldStart("Association");
    if (p.allocationId().isPresent()) {
      g.writeStringField("AllocationId", p.allocationId().get());
      g.writeStringField("AssociationId", p.associationId().orElseThrow());
    }
    g.writeStringField("IpOwnerId", p.allocationId().isPresent() ? account : "amazon");
    g.writeStringField("PublicDnsName", publicDnsName(p.address()));
    g.writeStringField("PublicIp", p.address());
    g.writeEndObject();
  }

  private void attachment(JsonGenerator g, Eni e, boolean full) throws IOException {
    g.writeObjectFieldStart("Attachment");
    g.writeStringField("AttachTime", e.attachTime());
    g.writeStringField("AttachmentId", (e.kind() == EniKind.INSTANCE ? "eni-attach-0" : "ela-attach-0") + e.id().substring(5));
    g.writeBooleanField("DeleteOnTermination", e.kind() == EniKind.INSTANCE && e.deviceIndex() == 0);
    g.writeNumberField("DeviceIndex", e.deviceIndex());
    g.writeNumberField("NetworkCardIndex", 0);
    if (full) {
      if (e.instanceId().isPresent()) {
        g.writeStringField("InstanceId", e.instanceId().get());
        g.writeStringField("InstanceOwnerId", account);
      } else {
        g.writeStringField("InstanceOwnerId", e.kind().attachmentOwner);
      }
    }
    g.writeStringField("Status", "attached");
    g.writeEndObject();
  }

  /** Security groups as EC2 lists them: {@code Groups} of an interface, {@code SecurityGroups} of an instance. */
  private static void groups(JsonGenerator g, String field, List<SecurityGroup> groups) throws IOException {
    g.writeArrayFieldStart(field);
    for (SecurityGroup sg : groups) {
      g.writeStartObject();
      g.writeStringField("GroupName", sg.name());
      g.writeStringField("GroupId", sg.id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void ipv6Addresses(JsonGenerator g, Eni e) throws IOException {
    g.writeArrayFieldStart("Ipv6Addresses");
    if (e.ipv6Address().isPresent()) {
      g.writeStartObject();
      g.writeStringField("Ipv6Address", e.ipv6Address().get());
      g.writeBooleanField("IsPrimaryIpv6", false);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void privateIpAddresses(JsonGenerator g, Eni e) throws IOException {
    g.writeArrayFieldStart("PrivateIpAddresses");
    g.writeStartObject();
    association(g, e.publicIp());
    g.writeBooleanField("Primary", true);
    g.writeStringField("PrivateDnsName", e.privateDnsName(region));
    g.writeStringField("PrivateIpAddress", e.privateIp());
    g.writeEndObject();
    g.writeEndArray();
  }

  private String publicDnsName(String address) {
    String host = "ec2-" + address.replace('.', '-');
    return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
  }
}
