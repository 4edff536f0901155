package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.generate.VpcPlan.Database;
import dev.mamori.generate.VpcPlan.Eni;
import dev.mamori.generate.VpcPlan.Instance;
import dev.mamori.generate.VpcPlan.NatGateway;
import dev.mamori.generate.VpcPlan.NetworkAcl;
import dev.mamori.generate.VpcPlan.RouteTable;
import dev.mamori.generate.VpcPlan.SecurityGroup;
import dev.mamori.generate.VpcPlan.Snapshot;
import dev.mamori.generate.VpcPlan.Subnet;
import dev.mamori.generate.VpcPlan.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one region's folder: every {@code describe-*} file is opened once and each VPC, planned
 * in turn, streams its resources into them; then the region-wide pieces (prefix lists, peerings,
 * EBS encryption by default, KMS keys).
 */
final class RegionGenerator {
  /** The streamed files of a region, each named after the command that prints it. */
  private enum Section {
    VPCS("describe-vpcs.json", "Vpcs"),
    SUBNETS("describe-subnets.json", "Subnets"),
    ROUTE_TABLES("describe-route-tables.json", "RouteTables"),
    INTERNET_GATEWAYS("describe-internet-gateways.json", "InternetGateways"),
    EGRESS_ONLY_GATEWAYS("describe-egress-only-internet-gateways.json", "EgressOnlyInternetGateways"),
    NAT_GATEWAYS("describe-nat-gateways.json", "NatGateways"),
    SECURITY_GROUPS("describe-security-groups.json", "SecurityGroups"),
    NETWORK_ACLS("describe-network-acls.json", "NetworkAcls"),
    NETWORK_INTERFACES("describe-network-interfaces.json", "NetworkInterfaces"),
    INSTANCES("describe-instances.json", "Reservations"),
    VOLUMES("describe-volumes.json", "Volumes"),
    SNAPSHOTS("describe-snapshots.json", "Snapshots"),
    DB_INSTANCES("describe-db-instances.json", "DBInstances");

    final String file;
    final String key;

    Section(String file, String key) {
      this.file = file;
      this.key = key;
    }
  }

  private final Topology topology;
  private final RegionContext region;
  private final Path dir;
  private final Tally tally;
  private final NetworkWriter network;
  private final InstanceWriter instances;
  private final StorageWriter storage;
  private final Map<Section, SectionFile> files = new EnumMap<>(Section.class);

  RegionGenerator(Topology topology, int regionIndex, Path accountDir, Tally tally) {
    this.topology = topology;
    this.region = RegionContext.of(topology, regionIndex);
    this.dir = accountDir.resolve(region.region());
    this.tally = tally;
    this.network = new NetworkWriter(topology.accountId, region.region());
    this.instances = new InstanceWriter(topology.accountId, region.region());
    this.storage = new StorageWriter(topology.accountId, region.region());
  }

  void generate() throws IOException {
    for (Section s : Section.values()) {
      files.put(s, SectionFile.open(dir.resolve(s.file), s.key));
    }
    try {
      for (Topology.VpcSlot slot : topology.vpcsIn(region.region())) {
        write(VpcPlanner.plan(topology, region, slot));
      }
    } finally {
      for (SectionFile f : files.values()) {
        f.close();
      }
    }
    tallyFiles();
    new RegionExtrasWriter(topology, region, dir).write();
    KmsWriter kms = new KmsWriter(topology.accountId, region.region(), topology.managementAccountId);
    region.keys().forEach(k -> kms.write(dir, k));
    tally.add("kmsKeys", region.keys().size());
  }

  private void write(VpcPlan v) throws IOException {
    network.vpc(g(Section.VPCS), v);
    Map<String, Integer> used = new HashMap<>();
    v.interfaces().forEach(e -> used.merge(e.subnet().id(), 1, Integer::sum));
    for (Subnet s : v.subnets()) {
      network.subnet(g(Section.SUBNETS), v, s, used.getOrDefault(s.id(), 0));
    }
    for (RouteTable t : v.routeTables()) {
      network.routeTable(g(Section.ROUTE_TABLES), v, t);
    }
    network.internetGateway(g(Section.INTERNET_GATEWAYS), v);
    if (v.egressOnlyGatewayId().isPresent()) {
      network.egressOnlyGateway(g(Section.EGRESS_ONLY_GATEWAYS), v);
    }
    for (NatGateway n : v.natGateways()) {
      network.natGateway(g(Section.NAT_GATEWAYS), v, n);
    }
    for (SecurityGroup sg : v.securityGroups()) {
      network.securityGroup(g(Section.SECURITY_GROUPS), v, sg);
    }
    for (NetworkAcl acl : v.networkAcls()) {
      network.networkAcl(g(Section.NETWORK_ACLS), v, acl);
    }
    for (Eni e : v.interfaces()) {
      instances.networkInterface(g(Section.NETWORK_INTERFACES), v, e);
    }
    for (Instance i : v.instances()) {
      String profile = i.instanceProfileName().orElseThrow();
      instances.reservation(g(Section.INSTANCES), v, i,
          "arn:aws:iam::" + topology.accountId + ":instance-profile/" + profile, IamPlanner.instanceProfileId(topology, profile));
      for (Volume vol : i.volumes()) {
        storage.volume(g(Section.VOLUMES), i, vol);
        for (Snapshot s : vol.snapshots()) {
          storage.snapshot(g(Section.SNAPSHOTS), s);
          // An export asks describe-snapshot-attribute about every snapshot the account owns.
          storage.snapshotAttribute(dir.resolve("describe-snapshot-attribute").resolve(s.id() + ".json"), s);
        }
      }
    }
    for (Database d : v.databases()) {
      storage.dbInstance(g(Section.DB_INSTANCES), v, d);
    }
  }

  private JsonGenerator g(Section s) {
    return files.get(s).element();
  }

  private void tallyFiles() {
    tally.add("vpcs", files.get(Section.VPCS).elements());
    tally.add("subnets", files.get(Section.SUBNETS).elements());
    tally.add("securityGroups", files.get(Section.SECURITY_GROUPS).elements());
    tally.add("networkAcls", files.get(Section.NETWORK_ACLS).elements());
    tally.add("networkInterfaces", files.get(Section.NETWORK_INTERFACES).elements());
    tally.add("instances", files.get(Section.INSTANCES).elements());
    tally.add("volumes", files.get(Section.VOLUMES).elements());
    tally.add("dbInstances", files.get(Section.DB_INSTANCES).elements());
    tally.add("routeTables", files.get(Section.ROUTE_TABLES).elements());
    tally.add("internetGateways", files.get(Section.INTERNET_GATEWAYS).elements());
    tally.add("egressOnlyInternetGateways", files.get(Section.EGRESS_ONLY_GATEWAYS).elements());
    tally.add("natGateways", files.get(Section.NAT_GATEWAYS).elements());
    tally.add("ebsSnapshots", files.get(Section.SNAPSHOTS).elements());
  }
}
