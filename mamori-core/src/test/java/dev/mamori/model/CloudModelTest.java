package dev.mamori.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudModelTest {

  private static Subnet subnet(String id, String vpc) {
    return new Subnet(id, vpc, "111122223333", "us-east-1", "us-east-1a", Optional.of(Cidr.parse("10.0.0.0/24")),
        List.of(), false, Map.of());
  }

  private static RouteTable table(String id, boolean main, String... subnets) {
    return new RouteTable(id, "vpc-1", "111122223333", "us-east-1", List.of(), List.of(subnets), main, Map.of());
  }

  private static NetworkAcl acl(String id, boolean isDefault, String... subnets) {
    return new NetworkAcl(id, "vpc-1", "111122223333", "us-east-1", isDefault, List.of(), List.of(subnets), Map.of());
  }

  @Test
  void subnetWithoutExplicitAssociationUsesTheMainRouteTable() {
    CloudModel m = CloudModel.builder()
        .add(subnet("subnet-a", "vpc-1")).add(subnet("subnet-b", "vpc-1"))
        .add(table("rtb-main", true)).add(table("rtb-custom", false, "subnet-b"))
        .build();
    assertThat(m.routeTableFor(m.subnet("subnet-a").orElseThrow())).map(RouteTable::id).contains("rtb-main");
    assertThat(m.routeTableFor(m.subnet("subnet-b").orElseThrow())).map(RouteTable::id).contains("rtb-custom");
    assertThat(m.usesMainRouteTable(m.subnet("subnet-a").orElseThrow())).isTrue();
  }

  @Test
  void subnetWithoutNaclAssociationUsesTheDefaultNacl() {
    CloudModel m = CloudModel.builder()
        .add(subnet("subnet-a", "vpc-1")).add(subnet("subnet-b", "vpc-1"))
        .add(acl("acl-default", true)).add(acl("acl-custom", false, "subnet-b"))
        .build();
    assertThat(m.networkAclFor(m.subnet("subnet-a").orElseThrow())).map(NetworkAcl::id).contains("acl-default");
    assertThat(m.networkAclFor(m.subnet("subnet-b").orElseThrow())).map(NetworkAcl::id).contains("acl-custom");
  }

  @Test
  void multiRegionKeyReplicasAreKeptApart() {
    KmsKey east = key("arn:aws:kms:us-east-1:111122223333:key/mrk-1", "us-east-1");
    KmsKey west = key("arn:aws:kms:eu-west-1:111122223333:key/mrk-1", "eu-west-1");
    CloudModel m = CloudModel.builder().add(east).add(west).build();
    assertThat(m.kmsKeys()).hasSize(2);
    assertThat(m.kmsKey(west.arn())).contains(west);
    assertThat(m.kmsKey("mrk-1")).contains(east);
  }

  @Test
  void groupPoliciesApplyToTheirMembers() {
    PolicyDocument doc = new PolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    ManagedPolicy managed = new ManagedPolicy("ReadOnly", "P1", "arn:aws:iam::aws:policy/ReadOnlyAccess", "/", "v1",
        Optional.of(doc), 1, Optional.empty(), Optional.empty());
    IamGroup group = new IamGroup("devs", "G1", "arn:aws:iam::111122223333:group/devs", "/",
        List.of(new InlinePolicy("extra", doc)), List.of(managed.arn()));
    IamUser user = new IamUser("alice", "U1", "arn:aws:iam::111122223333:user/alice", "/", Optional.empty(),
        List.of("devs"), List.of(), List.of("arn:aws:iam::111122223333:policy/Missing"), Optional.empty(), Map.of());
    CloudModel m = CloudModel.builder().add(managed).add(group).add(user).build();
    assertThat(m.policiesOf(user)).extracting(AttachedPolicy::via).containsExactly("group:devs", "group:devs");
    assertThat(m.missingPoliciesOf(user)).containsExactly("arn:aws:iam::111122223333:policy/Missing");
  }

  private static KmsKey key(String arn, String region) {
    return new KmsKey("mrk-1", arn, "111122223333", region, "", "CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT",
        "ENCRYPT_DECRYPT", "AWS_KMS", true, Optional.empty(), Collected.notCollected(), Collected.notCollected());
  }
}
