package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.generate.VpcPlan.CidrPeer;
import dev.mamori.generate.VpcPlan.GroupPeer;
import dev.mamori.generate.VpcPlan.NaclEntry;
import dev.mamori.generate.VpcPlan.NatGateway;
import dev.mamori.generate.VpcPlan.NetworkAcl;
import dev.mamori.generate.VpcPlan.Peer;
import dev.mamori.generate.VpcPlan.Permission;
import dev.mamori.generate.VpcPlan.PrefixListPeer;
import dev.mamori.generate.VpcPlan.Route;
import dev.mamori.generate.VpcPlan.RouteTable;
import dev.mamori.generate.VpcPlan.SecurityGroup;
import dev.mamori.generate.VpcPlan.Subnet;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a VPC's network resources exactly as {@code aws ec2 describe-vpcs}, {@code describe-subnets},
 * {@code describe-route-tables}, {@code describe-internet-gateways},
 * {@code describe-egress-only-internet-gateways}, {@code describe-nat-gateways},
 * {@code describe-security-groups} and {@code describe-network-acls} print them.
 */
final class NetworkWriter {
  private final String account;
  private final String region;

  NetworkWriter(String account, String region) {
    this.account = account;
    this.region = region;
  }

  void vpc(JsonGenerator g, VpcPlan v) throws IOException {
    g.writeStartObject();
    g.writeStringField("OwnerId", account);
    g.writeStringField("InstanceTenancy", "default");
    if (v.ipv6Cidr().isPresent()) {
      g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
      g.writeStartObject();
      g.writeStringField("AssociationId", "vpc-cidr-assoc-0" + v.id().substring(5));
      g.writeStringField("Ipv6CidrBlock", v.ipv6Cidr().get());
      state(g, "Ipv6CidrBlockState", "associated");
      g.writeStringField("NetworkBorderGroup", region);
      g.writeStringField("Ipv6Pool", "Amazon");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeArrayFieldStart("CidrBlockAssociationSet");
    g.writeStartObject();
    g.writeStringField("AssociationId", "vpc-cidr-assoc-0" + v.id().substring(4, 20));
    g.writeStringField("CidrBlock", v.slot().cidr());
    state(g, "CidrBlockState", "associated");
    g.writeEndObject();
    g.writeEndArray();
    g.writeBooleanField("IsDefault", false);
    CliJson.tags(g, "Tags", "Name", "workloads-" + v.slot().ordinalInRegion(), "Environment", "production");
    g.writeStringField("VpcId", v.id());
    g.writeStringField("State", "available");
    g.writeStringField("CidrBlock", v.slot().cidr());
    g.writeStringField("DhcpOptionsId", "dopt-0" + v.id().substring(5, 20));
    g.writeEndObject();
  }

  void subnet(JsonGenerator g, VpcPlan v, Subnet s, int usedAddresses) throws IOException {
    g.writeStartObject();
    g.writeStringField("AvailabilityZoneId", s.zoneId());
    g.writeBooleanField("MapCustomerOwnedIpOnLaunch", false);
    g.writeStringField("OwnerId", account);
    g.writeBooleanField("AssignIpv6AddressOnCreation", false);
    g.writeArrayFieldStart("Ipv6CidrBlockAssociationSet");
    if (s.ipv6Cidr().isPresent()) {
      g.writeStartObject();
      g.writeStringField("AssociationId", "subnet-cidr-assoc-0" + s.id().substring(8, 24));
      g.writeStringField("Ipv6CidrBlock", s.ipv6Cidr().get());
      state(g, "Ipv6CidrBlockState", "associated");
      g.writeStringField("Ipv6AddressAttribute", "public");
      g.writeStringField("IpSource", "amazon");
      g.writeEndObject();
    }
    g.writeEndArray();
    CliJson.tags(g, "Tags", "Name", s.tier().label + "-" + s.availabilityZone(), "Tier", s.tier().label);
    g.writeStringField("SubnetArn", "arn:aws:ec2:" + region + ":" + account + ":subnet/" + s.id());
    g.writeBooleanField("EnableDns64", false);
    g.writeBooleanField("Ipv6Native", false);
    g.writeObjectFieldStart("PrivateDnsNameOptionsOnLaunch");
    g.writeStringField("HostnameType", "ip-name");
    g.writeBooleanField("EnableResourceNameDnsARecord", false);
    g.writeBooleanField("EnableResourceNameDnsAAAARecord", false);
    g.writeEndObject();
    g.writeStringField("SubnetId", s.id());
    g.writeStringField("State", "available");
    g.writeStringField("VpcId", v.id());
    g.writeStringField("CidrBlock", s.cidr());
    g.writeNumberField("AvailableIpAddressCount", 4091 - usedAddresses);
    g.writeStringField("AvailabilityZone", s.availabilityZone());
    g.writeBooleanField("DefaultForAz", false);
    g.writeBooleanField("MapPublicIpOnLaunch", s.tier() == VpcPlan.Tier.PUBLIC);
    g.writeEndObject();
  }

  void routeTable(JsonGenerator g, VpcPlan v, RouteTable t) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Associations");
    int n = 0;
    if (t.main()) {
      association(g, t, "rtbassoc", n++, null, true);
    }
    for (String subnet : t.subnetIds()) {
      association(g, t, "rtbassoc", n++, subnet, false);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("PropagatingVgws");
    g.writeEndArray();
    g.writeStringField("RouteTableId", t.id());
    g.writeArrayFieldStart("Routes");
    for (Route r : t.routes()) {
      g.writeStartObject();
      g.writeStringField(r.destinationField(), r.destination());
      g.writeStringField(r.targetField(), r.targetId());
      g.writeStringField("Origin", r.origin());
      g.writeStringField("State", "active");
      g.writeEndObject();
    }
    g.writeEndArray();
    CliJson.tags(g, "Tags", "Name", t.name());
    g.writeStringField("VpcId", v.id());
    g.writeStringField("OwnerId", account);
    g.writeEndObject();
  }

  private void association(JsonGenerator g, RouteTable t, String prefix, int n, String subnet, boolean main)
      throws IOException {
    g.writeStartObject();
    g.writeBooleanField("Main", main);
    g.writeStringField("RouteTableAssociationId", prefix + "-0" + t.id().substring(5, 16) + String.format(java.util.Locale.ROOT, "%05x", n));
    g.writeStringField("RouteTableId", t.id());
    if (subnet != null) {
      g.writeStringField("SubnetId", subnet);
    }
    state(g, "AssociationState", "associated");
    g.writeEndObject();
  }

  void internetGateway(JsonGenerator g, VpcPlan v) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Attachments");
    g.writeStartObject();
    g.writeStringField("State", "available");
    g.writeStringField("VpcId", v.id());
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("InternetGatewayId", v.internetGatewayId());
    g.writeStringField("OwnerId", account);
    CliJson.tags(g, "Tags", "Name", "igw-workloads-" + v.slot().ordinalInRegion());
    g.writeEndObject();
  }

  void egressOnlyGateway(JsonGenerator g, VpcPlan v) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Attachments");
    g.writeStartObject();
    g.writeStringField("State", "attached");
    g.writeStringField("VpcId", v.id());
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("EgressOnlyInternetGatewayId", v.egressOnlyGatewayId().orElseThrow());
    CliJson.tags(g, "Tags");
    g.writeEndObject();
  }

  void natGateway(JsonGenerator g, VpcPlan v, NatGateway n) throws IOException {
    g.writeStartObject();
    g.writeStringField("CreateTime", n.createTime());
    g.writeArrayFieldStart("NatGatewayAddresses");
    g.writeStartObject();
    g.writeStringField("AllocationId", n.allocationId());
    g.writeStringField("NetworkInterfaceId", n.eni().id());
    g.writeStringField("PrivateIp", n.eni().privateIp());
    g.writeStringField("PublicIp", n.publicIp());
    g.writeStringField("AssociationId", n.eni().publicIp().flatMap(VpcPlan.PublicIp::associationId).orElseThrow());
    g.writeBooleanField("IsPrimary", true);
    g.writeStringField("Status", "succeeded");
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("NatGatewayId", n.id());
    g.writeStringField("State", "available");
    g.writeStringField("SubnetId", n.subnet().id());
    g.writeStringField("VpcId", v.id());
    CliJson.tags(g, "Tags", "Name", "nat-" + n.subnet().availabilityZone());
    g.writeStringField("ConnectivityType", "public");
    g.writeEndObject();
  }

  void securityGroup(JsonGenerator g, VpcPlan v, SecurityGroup sg) throws IOException {
    g.writeStartObject();
    g.writeStringField("GroupId", sg.id());
    permissions(g, "IpPermissionsEgress", sg.egress());
    if (!sg.name().equals("default")) {
      CliJson.tags(g, "Tags", "Team", sg.team());
    }
    g.writeStringField("VpcId", v.id());
    g.writeStringField("SecurityGroupArn", "arn:aws:ec2:" + region + ":" + account + ":security-group/" + sg.id());
    g.writeStringField("OwnerId", account);
    g.writeStringField("GroupName", sg.name());
    g.writeStringField("Description", sg.description());
    permissions(g, "IpPermissions", sg.ingress());
    g.writeEndObject();
  }

  private static void permissions(JsonGenerator g, String field, List<Permission> permissions) throws IOException {
    g.writeArrayFieldStart(field);
    for (Permission p : permissions) {
      g.writeStartObject();
      g.writeStringField("IpProtocol", p.protocol());
      if (!p.protocol().equals("-1")) {
        g.writeNumberField("FromPort", p.fromPort());
        g.writeNumberField("ToPort", p.toPort());
      }
      peers(g, p.peers());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void peers(JsonGenerator g, List<Peer> peers) throws IOException {
    g.writeArrayFieldStart("UserIdGroupPairs");
    for (Peer p : peers) {
      if (p instanceof GroupPeer gp) {
        g.writeStartObject();
        optionalDescription(g, gp.description());
        g.writeStringField("UserId", gp.userId());
        g.writeStringField("GroupId", gp.groupId());
        if (gp.peeringId().isPresent()) {
          g.writeStringField("VpcId", gp.vpcId().orElseThrow());
          g.writeStringField("VpcPeeringConnectionId", gp.peeringId().get());
          g.writeStringField("PeeringStatus", "active");
        }
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("IpRanges");
    for (Peer p : peers) {
      if (p instanceof CidrPeer c && !c.cidr().contains(":")) {
        g.writeStartObject();
        optionalDescription(g, c.description());
        g.writeStringField("CidrIp", c.cidr());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("Ipv6Ranges");
    for (Peer p : peers) {
      if (p instanceof CidrPeer c && c.cidr().contains(":")) {
        g.writeStartObject();
        optionalDescription(g, c.description());
        g.writeStringField("CidrIpv6", c.cidr());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeArrayFieldStart("PrefixListIds");
    for (Peer p : peers) {
      if (p instanceof PrefixListPeer pl) {
        g.writeStartObject();
        optionalDescription(g, pl.description());
        g.writeStringField("PrefixListId", pl.prefixListId());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** The CLI omits a rule's description when it has none. */
  private static void optionalDescription(JsonGenerator g, String description) throws IOException {
    if (!description.isEmpty()) {
      g.writeStringField("Description", description);
    }
  }

  void networkAcl(JsonGenerator g, VpcPlan v, NetworkAcl acl) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Associations");
    int n = 0;
    for (String subnet : acl.subnetIds()) {
      g.writeStartObject();
      g.writeStringField("NetworkAclAssociationId", "aclassoc-0" + acl.id().substring(5, 16) + String.format(java.util.Locale.ROOT, "%05x", n++));
      g.writeStringField("NetworkAclId", acl.id());
      g.writeStringField("SubnetId", subnet);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("Entries");
    // describe-network-acls lists egress entries first, each direction by rule number.
    List<NaclEntry> sorted = acl.entries().stream()
        .sorted(Comparator.comparing((NaclEntry e) -> !e.egress()).thenComparingInt(NaclEntry::number)
            .thenComparing(NaclEntry::ipv6))
        .toList();
    for (NaclEntry e : sorted) {
      naclEntry(g, e);
    }
    g.writeEndArray();
    g.writeBooleanField("IsDefault", acl.isDefault());
    g.writeStringField("NetworkAclId", acl.id());
    CliJson.tags(g, "Tags", acl.isDefault() ? new String[0] : new String[] {"Name", acl.name()});
    g.writeStringField("VpcId", v.id());
    g.writeStringField("OwnerId", account);
    g.writeEndObject();
  }

  private static void naclEntry(JsonGenerator g, NaclEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField(e.ipv6() ? "Ipv6CidrBlock" : "CidrBlock", e.cidr());
    g.writeBooleanField("Egress", e.egress());
    if (e.protocol().equals("1")) {
      g.writeObjectFieldStart("IcmpTypeCode");
      g.writeNumberField("Code", -1);
      g.writeNumberField("Type", -1);
      g.writeEndObject();
    }
    if (e.fromPort() >= 0) {
      g.writeObjectFieldStart("PortRange");
      g.writeNumberField("From", e.fromPort());
      g.writeNumberField("To", e.toPort());
      g.writeEndObject();
    }
    g.writeStringField("Protocol", e.protocol());
    g.writeStringField("RuleAction", e.allow() ? "allow" : "deny");
    g.writeNumberField("RuleNumber", e.number());
    g.writeEndObject();
  }

  private static void state(JsonGenerator g, String field, String state) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("State", state);
    g.writeEndObject();
  }
}
