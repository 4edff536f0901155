package dev.mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.LoadWarning;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.RuleAction;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotGeneratorTest {
  @TempDir Path tmp;

  @Test
  void sameSeedGivesByteIdenticalOutput() throws IOException {
    SnapshotGenerator.generate(tmp.resolve("a"), new GeneratorSpec(700, 7));
    SnapshotGenerator.generate(tmp.resolve("b"), new GeneratorSpec(700, 7));
    List<Path> a = files(tmp.resolve("a"));
    assertThat(a).hasSizeGreaterThan(50).isEqualTo(files(tmp.resolve("b")));
    for (Path p : a) {
      assertThat(Files.mismatch(tmp.resolve("a").resolve(p), tmp.resolve("b").resolve(p))).as(p.toString()).isEqualTo(-1L);
    }
  }

  @Test
  void anotherSeedGivesAnotherEstate() throws IOException {
    SnapshotGenerator.Result a = SnapshotGenerator.generate(tmp.resolve("a"), new GeneratorSpec(200, 1));
    SnapshotGenerator.Result b = SnapshotGenerator.generate(tmp.resolve("b"), new GeneratorSpec(200, 2));
    assertThat(a.accountId()).isNotEqualTo(b.accountId());
  }

  @Test
  void loadsWithoutErrorsAndWithTheGeneratedCounts() {
    SnapshotGenerator.Result generated = SnapshotGenerator.generate(tmp, new GeneratorSpec(1200, 42));
    CloudModel model = SnapshotReader.read(tmp);
    assertThat(model.networkInterfaces()).hasSize(1200);
    assertThat(model.accountId()).contains(generated.accountId());
    assertThat(model.regions()).containsExactlyInAnyOrderElementsOf(Topology.REGIONS);
    Map<String, Integer> counts = generated.counts();
    assertThat(model.vpcs()).hasSize(counts.get("vpcs"));
    assertThat(model.subnets()).hasSize(counts.get("subnets"));
    assertThat(model.securityGroups()).hasSize(counts.get("securityGroups"));
    assertThat(model.networkAcls()).hasSize(counts.get("networkAcls"));
    assertThat(model.instances()).hasSize(counts.get("instances"));
    assertThat(model.routeTables()).hasSize(counts.get("routeTables"));
    assertThat(model.natGateways()).hasSize(counts.get("natGateways"));
    assertThat(model.internetGateways())
        .hasSize(counts.get("internetGateways") + counts.get("egressOnlyInternetGateways"));
    assertThat(model.volumes()).hasSize(counts.get("volumes"));
    assertThat(model.ebsSnapshots()).hasSize(counts.get("ebsSnapshots"));
    assertThat(model.dbInstances()).hasSize(counts.get("dbInstances"));
    assertThat(model.kmsKeys()).hasSize(counts.get("kmsKeys"));
    assertThat(model.prefixLists()).hasSize(counts.get("prefixLists"));
    assertThat(model.peeringConnections()).hasSize(counts.get("vpcPeeringConnections"));
    assertThat(model.users()).hasSize(counts.get("iamUsers"));
    assertThat(model.roles()).hasSize(counts.get("iamRoles"));
    assertThat(model.groups()).hasSize(counts.get("iamGroups"));
    assertThat(model.managedPolicies()).hasSize(counts.get("iamManagedPolicies"));
    assertThat(model.buckets()).hasSize(counts.get("buckets"));
    assertThat(model.organizations().policiesById()).hasSize(counts.get("organizationPolicies"));
  }

  @Test
  void dataAndIdentityShapesAreVaried() {
    SnapshotGenerator.generate(tmp, new GeneratorSpec(1500, 8));
    CloudModel model = SnapshotReader.read(tmp);
    assertThat(model.buckets()).anyMatch(b -> b.policy().isPresent()).anyMatch(b -> b.policy().isConfirmedAbsent())
        .anyMatch(b -> !b.versioning().isCollected()).anyMatch(b -> b.replication().isPresent())
        .anyMatch(b -> b.publicAccessBlock().isConfirmedAbsent());
    assertThat(model.accountPublicAccessBlock().isPresent()).isTrue();
    assertThat(model.volumes()).anyMatch(v -> v.encrypted()).anyMatch(v -> !v.encrypted());
    assertThat(model.ebsSnapshots()).anyMatch(s -> s.createVolumePermissions().asOptional()
        .map(p -> p.stream().anyMatch(c -> c.isPublic())).orElse(false));
    assertThat(model.kmsKeys()).anyMatch(k -> k.isCustomerManaged() && k.rotationEnabled().asOptional().orElse(false))
        .anyMatch(k -> k.isCustomerManaged() && !k.rotationEnabled().asOptional().orElse(true))
        .anyMatch(k -> !k.isCustomerManaged());
    assertThat(model.dbInstances()).anyMatch(d -> d.storageEncrypted()).anyMatch(d -> !d.storageEncrypted());
    assertThat(model.users()).anyMatch(u -> !u.inlinePolicies().isEmpty()).anyMatch(u -> !u.attachedPolicyArns().isEmpty())
        .anyMatch(u -> u.permissionsBoundaryArn().isPresent());
    assertThat(model.roles()).anyMatch(r -> !r.instanceProfileArns().isEmpty()).anyMatch(r -> r.isServiceLinked());
    assertThat(model.iam().credentialReport().isPresent()).isTrue();
    assertThat(model.iam().passwordPolicy().isPresent()).isTrue();
    assertThat(model.organizations().pathIsComplete(model.accountId().orElseThrow())).isTrue();
  }

  @Test
  void everyFieldOfEveryFileIsUnderstood() {
    SnapshotGenerator.generate(tmp, new GeneratorSpec(600, 3));
    List<LoadWarning> warnings = SnapshotReader.read(tmp).warnings();
    assertThat(warnings).isEmpty();
  }

  @Test
  void tinyEstatesAreStillWholeSnapshots() {
    SnapshotGenerator.generate(tmp, new GeneratorSpec(1, 42));
    CloudModel model = SnapshotReader.read(tmp);
    assertThat(model.networkInterfaces()).hasSize(1);
    assertThat(model.vpcs()).hasSize(Topology.REGIONS.size());
  }

  @Test
  void respectsTheDefaultQuotas() {
    SnapshotGenerator.generate(tmp, new GeneratorSpec(1500, 11));
    CloudModel model = SnapshotReader.read(tmp);
    assertThat(model.networkInterfaces()).allSatisfy(n -> assertThat(n.securityGroupIds()).hasSizeBetween(0, 5));
    for (SecurityGroup g : model.securityGroups()) {
      assertThat(ruleCount(g.ingress())).as(g.id()).isLessThanOrEqualTo(60);
      assertThat(ruleCount(g.egress())).as(g.id()).isLessThanOrEqualTo(60);
    }
  }

  @Test
  void hasTheShapesTheEnginesMustHandle() {
    SnapshotGenerator.generate(tmp, new GeneratorSpec(1500, 5));
    CloudModel model = SnapshotReader.read(tmp);
    List<RulePeer> peers = model.securityGroups().stream()
        .flatMap(g -> Stream.concat(g.ingress().stream(), g.egress().stream()))
        .flatMap(r -> r.peers().stream()).toList();
    assertThat(peers).anyMatch(p -> p instanceof RulePeer.GroupPeer)
        .anyMatch(p -> p instanceof RulePeer.GroupPeer g && g.peeringConnectionId().isPresent()
            && model.securityGroup(g.groupId()).flatMap(SecurityGroup::vpcId).equals(g.vpcId()))
        .anyMatch(p -> p instanceof RulePeer.PrefixListPeer)
        .anyMatch(p -> p instanceof RulePeer.CidrPeer c && c.cidr().toString().contains(":"))
        .anyMatch(p -> p instanceof RulePeer.CidrPeer c && c.cidr().toString().equals("0.0.0.0/0"));
    assertThat(model.networkAcls()).anyMatch(a -> !a.isDefault()
        && a.entries().stream().anyMatch(e -> e.action() == RuleAction.DENY && !e.isDefaultRule())
        && a.entries().stream().anyMatch(e -> e.ports().map(p -> p.from() == 1024 && p.to() == 65535).orElse(false)));
    List<NetworkInterface> enis = List.copyOf(model.networkInterfaces());
    assertThat(enis).anyMatch(n -> n.privateIps().stream().anyMatch(ip -> ip.elasticIp()))
        .anyMatch(n -> n.privateIps().stream().anyMatch(ip -> ip.publicIp().isPresent() && !ip.elasticIp()))
        .anyMatch(n -> !n.ipv6Addresses().isEmpty())
        .anyMatch(n -> n.interfaceType().equals("nat_gateway"))
        .anyMatch(n -> n.interfaceType().equals("lambda"))
        .anyMatch(n -> n.requesterManaged() && n.interfaceType().equals("interface"));
    assertThat(model.instances()).anyMatch(i -> i.networkInterfaceIds().size() == 3);
  }

  private static int ruleCount(List<SecurityGroupRule> rules) {
    return rules.stream().mapToInt(r -> r.peers().size()).sum();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
