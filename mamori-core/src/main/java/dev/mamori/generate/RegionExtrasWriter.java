package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The region-wide files: managed prefix lists and their entries ({@code describe-managed-prefix-lists},
 * {@code get-managed-prefix-list-entries/<pl-id>.json}), the VPC peerings that touch the region,
 * and {@code get-ebs-encryption-by-default}.
 */
final class RegionExtrasWriter {
  /** Corporate office egress ranges (documentation ranges). */
  private static final List<String[]> OFFICES_V4 = List.of(
      new String[] {"203.0.113.64/26", "Tokyo office"},
      new String[] {"203.0.113.128/26", "London office"},
      new String[] {"203.0.113.192/27", "New York office"});
  private static final List<String[]> OFFICES_V6 = List.of(
      new String[] {"2001:db8:1000::/48", "Tokyo office"},
      new String[] {"2001:db8:2000::/48", "London office"});
  /** A few of the published S3 ranges; the real list is longer. */
  private static final List<String[]> S3_RANGES = List.of(
      new String[] {"52.216.0.0/15", ""}, new String[] {"54.231.0.0/16", ""}, new String[] {"3.5.0.0/19", ""},
      new String[] {"18.34.0.0/19", ""}, new String[] {"16.182.0.0/16", ""});

  private final Topology topology;
  private final RegionContext region;
  private final Path dir;

  RegionExtrasWriter(Topology topology, RegionContext region, Path dir) {
    this.topology = topology;
    this.region = region;
    this.dir = dir;
  }

  void write() throws IOException {
    prefixLists();
    peerings();
    CliJson.write(dir.resolve("get-ebs-encryption-by-default.json"), g -> {
      g.writeStartObject();
      g.writeBooleanField("EbsEncryptionByDefault", region.ebsEncryptionByDefault());
      g.writeStringField("SseType", "sse-ebs");
      g.writeEndObject();
    });
  }

  private void prefixLists() throws IOException {
    try (SectionFile f = SectionFile.open(dir.resolve("describe-managed-prefix-lists.json"), "PrefixLists")) {
      prefixList(f.element(), region.corporatePrefixListId(), "corp-offices", "IPv4", topology.accountId, 10);
      prefixList(f.element(), region.corporateIpv6PrefixListId(), "corp-offices-ipv6", "IPv6", topology.accountId, 10);
      prefixList(f.element(), region.s3PrefixListId(), "com.amazonaws." + region.region() + ".s3", "IPv4", "AWS", -1);
    }
    entries(region.corporatePrefixListId(), OFFICES_V4);
    entries(region.corporateIpv6PrefixListId(), OFFICES_V6);
    entries(region.s3PrefixListId(), S3_RANGES);
  }

  private void prefixList(JsonGenerator g, String id, String name, String family, String owner, int maxEntries)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("PrefixListId", id);
    g.writeStringField("AddressFamily", family);
    g.writeStringField("State", "create-complete");
    g.writeStringField("PrefixListArn", "arn:aws:ec2:" + region.region() + ":" + (owner.equals("AWS") ? "aws" : owner)
        + ":prefix-list/" + id);
    g.writeStringField("PrefixListName", name);
    if (maxEntries > 0) {
      g.writeNumberField("MaxEntries", maxEntries);
      g.writeNumberField("Version", 3);
    }
    CliJson.tags(g, "Tags");
    g.writeStringField("OwnerId", owner);
    g.writeEndObject();
  }

  private void entries(String prefixListId, List<String[]> entries) {
    CliJson.write(dir.resolve("get-managed-prefix-list-entries").resolve(prefixListId + ".json"), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("Entries");
      for (String[] e : entries) {
        g.writeStartObject();
        g.writeStringField("Cidr", e[0]);
        if (!e[1].isEmpty()) {
          g.writeStringField("Description", e[1]);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** Each region lists the peerings with a side in it, as {@code describe-vpc-peering-connections} does. */
  private void peerings() throws IOException {
    try (SectionFile f = SectionFile.open(dir.resolve("describe-vpc-peering-connections.json"), "VpcPeeringConnections")) {
      for (Topology.Peering p : topology.peerings) {
        if (p.requester().region().equals(region.region()) || p.accepter().region().equals(region.region())) {
          peering(f.element(), p);
        }
      }
    }
  }

  private void peering(JsonGenerator g, Topology.Peering p) throws IOException {
    g.writeStartObject();
    side(g, "AccepterVpcInfo", p.accepter());
    side(g, "RequesterVpcInfo", p.requester());
    g.writeObjectFieldStart("Status");
    g.writeStringField("Code", "active");
    g.writeStringField("Message", "Active");
    g.writeEndObject();
    CliJson.tags(g, "Tags", "Name", "workloads-" + p.requester().index() + "-to-" + p.accepter().index());
    g.writeStringField("VpcPeeringConnectionId", topology.ids.ec2("pcx", p.index()));
    g.writeEndObject();
  }

  private void side(JsonGenerator g, String field, Topology.VpcSlot vpc) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("CidrBlock", vpc.cidr());
    g.writeArrayFieldStart("CidrBlockSet");
    g.writeStartObject();
    g.writeStringField("CidrBlock", vpc.cidr());
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("OwnerId", topology.accountId);
    g.writeObjectFieldStart("PeeringOptions");
    g.writeBooleanField("AllowDnsResolutionFromRemoteVpc", false);
    g.writeBooleanField("AllowEgressFromLocalClassicLinkToRemoteVpc", false);
    g.writeBooleanField("AllowEgressFromLocalVpcToRemoteClassicLink", false);
    g.writeEndObject();
    g.writeStringField("VpcId", topology.ids.ec2("vpc", vpc.index()));
    g.writeStringField("Region", vpc.region());
    g.writeEndObject();
  }
}
