package dev.mamori.snapshot;

import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.PortRange;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code aws ec2 describe-security-groups}. */
final class SecurityGroupsReader implements SectionReader {
  @Override
  public String key() {
    return "SecurityGroups";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("SecurityGroupArn");
    String id = n.text("GroupId");
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    SecurityGroup g = new SecurityGroup(id, n.optText("GroupName").orElse(id), n.optText("Description").orElse(""),
        n.optNonEmptyText("VpcId"), owner, Regions.of(file, ctx, Optional.empty()),
        rules(n, "IpPermissions", file, ctx), rules(n, "IpPermissionsEgress", file, ctx), n.tags());
    ctx.model.add(g);
    ctx.model.source(id, file.relative());
  }

  private static List<SecurityGroupRule> rules(Node group, String field, SnapshotFile file, ReadContext ctx) {
    List<SecurityGroupRule> out = new ArrayList<>();
    for (Node p : group.objects(field)) {
      out.add(rule(p, file, ctx));
    }
    return out;
  }

  static SecurityGroupRule rule(Node p, SnapshotFile file, ReadContext ctx) {
    IpProtocol protocol = p.parse("IpProtocol", p.text("IpProtocol"), IpProtocol::parse);
    Optional<PortRange> ports = Optional.empty();
    Optional<IcmpTypeCode> icmp = Optional.empty();
    if (protocol.hasPorts()) {
      ports = Optional.of(ports(p, file, ctx));
    } else if (protocol.isIcmp()) {
      int type = p.optInteger("FromPort").orElse(-1);
      int code = p.optInteger("ToPort").orElse(-1);
      icmp = Optional.of(p.check("FromPort", () -> new IcmpTypeCode(type, type == -1 ? -1 : code)));
    } else {
      p.ignore("FromPort", "ToPort");
    }
    return new SecurityGroupRule(protocol, ports, icmp, peers(p));
  }

  /**
   * TCP/UDP ports; AWS prints -1/-1 in some outputs to mean every port. A -1 at one end only is not
   * something AWS prints, but Batfish's snapshots have it and read it as an open end: so do we, with
   * a warning, so that Batfish users can reuse their snapshots.
   */
  private static PortRange ports(Node p, SnapshotFile file, ReadContext ctx) {
    int from = p.optInteger("FromPort").orElse(-1);
    int to = p.optInteger("ToPort").orElse(-1);
    if (from == -1 && to == -1) {
      return PortRange.ALL;
    }
    if (from == -1 || to == -1) {
      ctx.warn(file.relative(), p.path() + (from == -1 ? ".FromPort" : ".ToPort"),
          "-1 at one end of a port range; read as an open end (" + (from == -1 ? "0" : "65535") + "), as Batfish does");
      from = from == -1 ? 0 : from;
      to = to == -1 ? 65535 : to;
    }
    if (from < 0 || from > 65535) {
      throw p.error("FromPort", "expected a port within 0-65535, found " + from);
    }
    if (to < 0 || to > 65535) {
      throw p.error("ToPort", "expected a port within 0-65535, found " + to);
    }
    if (from > to) {
      throw p.error("ToPort", "expected ToPort >= FromPort, found " + from + "-" + to);
    }
    return new PortRange(from, to);
  }

  private static List<RulePeer> peers(Node p) {
    List<RulePeer> peers = new ArrayList<>();
    for (Node r : p.objects("IpRanges")) {
      peers.add(new RulePeer.CidrPeer(r.cidr("CidrIp"), r.optText("Description")));
    }
    for (Node r : p.objects("Ipv6Ranges")) {
      peers.add(new RulePeer.CidrPeer(r.cidr("CidrIpv6"), r.optText("Description")));
    }
    for (Node r : p.objects("PrefixListIds")) {
      peers.add(new RulePeer.PrefixListPeer(r.text("PrefixListId"), r.optText("Description")));
    }
    for (Node r : p.objects("UserIdGroupPairs")) {
      r.ignore("GroupName");
      peers.add(new RulePeer.GroupPeer(r.text("GroupId"), r.optText("UserId"), r.optText("VpcId"),
          r.optText("VpcPeeringConnectionId"), r.optText("Description")));
      r.ignore("PeeringStatus");
    }
    return peers;
  }
}
