package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-vpcs}. */
final class VpcsReader implements SectionReader {
  @Override
  public String key() {
    return "Vpcs";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("State", "DhcpOptionsId", "InstanceTenancy", "BlockPublicAccessStates", "EncryptionControl");
    String id = n.text("VpcId");
    List<Cidr> v4 = new ArrayList<>();
    n.optCidr("CidrBlock").ifPresent(v4::add);
    for (Node a : n.objects("CidrBlockAssociationSet")) {
      a.ignore("AssociationId", "CidrBlock"); // read below only when associated
      if (associated(a, "CidrBlockState")) {
        Cidr c = a.cidr("CidrBlock");
        if (!v4.contains(c)) {
          v4.add(c);
        }
      }
    }
    List<Cidr> v6 = new ArrayList<>();
    for (Node a : n.objects("Ipv6CidrBlockAssociationSet")) {
      a.ignore("AssociationId", "NetworkBorderGroup", "Ipv6Pool", "Ipv6AddressAttribute", "IpSource", "Ipv6CidrBlock");
      if (associated(a, "Ipv6CidrBlockState")) {
        v6.add(a.cidr("Ipv6CidrBlock"));
      }
    }
    Optional<String> owner = n.optText("OwnerId");
    owner.ifPresent(ctx::voteAccount);
    String account = owner.or(file::account).orElse("");
    String region = Regions.of(file, ctx, Optional.empty());
    ctx.model.add(new Vpc(id, account, region, v4, v6, n.bool("IsDefault", false), n.tags()));
    ctx.model.source(id, file.relative());
  }

  /** Disassociated blocks stay in the output for a while; only associated ones count. */
  static boolean associated(Node association, String stateField) {
    return association.optObject(stateField)
        .map(s -> {
          s.ignore("StatusMessage");
          return s.optText("State").map(st -> st.equals("associated") || st.equals("associating")).orElse(true);
        })
        .orElse(true);
  }
}
