package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.PortRange;
import dev.mamori.model.RuleAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code aws ec2 describe-network-acls}. */
final class NetworkAclsReader implements SectionReader {
  @Override
  public String key() {
    return "NetworkAcls";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    String id = n.text("NetworkAclId");
    List<NetworkAclEntry> entries = new ArrayList<>();
    for (Node e : n.objects("Entries")) {
      entries.add(entry(e));
    }
    List<String> subnets = new ArrayList<>();
    for (Node a : n.objects("Associations")) {
      a.ignore("NetworkAclAssociationId", "NetworkAclId");
      subnets.add(a.text("SubnetId"));
    }
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    ctx.model.add(new NetworkAcl(id, n.text("VpcId"), owner, Regions.of(file, ctx, Optional.empty()),
        n.bool("IsDefault", false), entries, subnets, n.tags()));
    ctx.model.source(id, file.relative());
  }

  static NetworkAclEntry entry(Node e) {
    int number = e.integer("RuleNumber");
    if (number < 1 || number > NetworkAclEntry.IPV6_DEFAULT_RULE) {
      throw e.error("RuleNumber", "expected a rule number within 1-32766 (32767/32768 for the final * rule), found " + number);
    }
    IpProtocol protocol = e.parse("Protocol", e.text("Protocol"), IpProtocol::parse);
    RuleAction action = switch (e.text("RuleAction").toLowerCase(Locale.ROOT)) {
      case "allow" -> RuleAction.ALLOW;
      case "deny" -> RuleAction.DENY;
      default -> throw e.error("RuleAction", "expected allow or deny, found \"" + e.text("RuleAction") + "\"");
    };
    Optional<Cidr> v4 = e.optCidr("CidrBlock");
    Optional<Cidr> v6 = e.optCidr("Ipv6CidrBlock");
    if (v4.isPresent() == v6.isPresent()) {
      throw e.error("expected exactly one of CidrBlock and Ipv6CidrBlock");
    }
    Optional<PortRange> ports = Optional.empty();
    Optional<IcmpTypeCode> icmp = Optional.empty();
    if (protocol.hasPorts()) {
      ports = e.optObject("PortRange").map(NetworkAclsReader::portRange).or(() -> Optional.of(PortRange.ALL));
    } else {
      e.ignore("PortRange");
    }
    if (protocol.isIcmp()) {
      icmp = e.optObject("IcmpTypeCode").map(NetworkAclsReader::icmp).or(() -> Optional.of(IcmpTypeCode.ANY));
    } else {
      e.ignore("IcmpTypeCode");
    }
    return new NetworkAclEntry(number, e.bool("Egress", false), protocol, action, v4.or(() -> v6).orElseThrow(),
        ports, icmp);
  }

  private static PortRange portRange(Node r) {
    int from = r.integer("From");
    int to = r.integer("To");
    if (from < 0 || from > 65535) {
      throw r.error("From", "expected a port within 0-65535, found " + from);
    }
    if (to < 0 || to > 65535) {
      throw r.error("To", "expected a port within 0-65535, found " + to);
    }
    if (from > to) {
      throw r.error("To", "expected To >= From, found " + from + "-" + to);
    }
    return new PortRange(from, to);
  }

  private static IcmpTypeCode icmp(Node t) {
    int type = t.optInteger("Type").orElse(-1);
    int code = t.optInteger("Code").orElse(-1);
    return t.check("Type", () -> new IcmpTypeCode(type, code));
  }
}
