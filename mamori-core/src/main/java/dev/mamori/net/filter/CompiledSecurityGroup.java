package dev.mamori.net.filter;

import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.net.AddressSet;
import dev.mamori.net.PacketSet;
import java.util.ArrayList;
import java.util.List;

/** A security group's rules as packet sets, and the union of each direction (what it allows). */
public record CompiledSecurityGroup(
    SecurityGroup group,
    List<SecurityGroupRuleMatch> ingress,
    List<SecurityGroupRuleMatch> egress,
    Bounded<PacketSet> ingressAllowed,
    Bounded<PacketSet> egressAllowed) {

  public CompiledSecurityGroup {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  public static CompiledSecurityGroup compile(SecurityGroup group, PeerResolver resolver) {
    return compile(group, resolver, new ServiceSetCache());
  }

  /** Compiles with shared service and peer sets (an engine compiles many groups with one cache). */
  public static CompiledSecurityGroup compile(SecurityGroup group, PeerResolver resolver, ServiceSetCache cache) {
    List<SecurityGroupRuleMatch> in = matches(group, Direction.INGRESS, group.ingress(), resolver, cache);
    List<SecurityGroupRuleMatch> out = matches(group, Direction.EGRESS, group.egress(), resolver, cache);
    return new CompiledSecurityGroup(group, in, out, unionOf(in), unionOf(out));
  }

  public List<SecurityGroupRuleMatch> rules(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }

  public Bounded<PacketSet> allowed(Direction direction) {
    return direction == Direction.INGRESS ? ingressAllowed : egressAllowed;
  }

  private static List<SecurityGroupRuleMatch> matches(
      SecurityGroup group, Direction direction, List<SecurityGroupRule> rules, PeerResolver resolver,
      ServiceSetCache cache) {
    List<SecurityGroupRuleMatch> out = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      SecurityGroupRule rule = rules.get(i);
      PacketSet service = cache.service(rule.protocol(), rule.ports(), rule.icmp());
      for (RulePeer peer : rule.peers()) {
        Bounded<PacketSet> packets = mapped(addressesOf(peer, resolver), service, direction, cache);
        out.add(new SecurityGroupRuleMatch(group, direction, i, rule, peer, packets));
      }
    }
    return out;
  }

  private static Bounded<PacketSet> mapped(Bounded<AddressSet> addresses, PacketSet service, Direction direction,
      ServiceSetCache cache) {
    boolean asSource = direction == Direction.INGRESS;
    PacketSet certain = service.intersection(cache.peer(addresses.certain(), asSource));
    PacketSet possible = addresses.isExact() ? certain
        : service.intersection(cache.peer(addresses.possible(), asSource));
    return new Bounded<>(certain, possible, addresses.unknowns());
  }

  private static Bounded<AddressSet> addressesOf(RulePeer peer, PeerResolver resolver) {
    if (peer instanceof RulePeer.CidrPeer c) {
      return Bounded.exact(AddressSet.of(c.cidr()));
    }
    if (peer instanceof RulePeer.PrefixListPeer p) {
      return resolver.prefixList(p.prefixListId());
    }
    return resolver.groupMembers(((RulePeer.GroupPeer) peer).groupId());
  }

  private static Bounded<PacketSet> unionOf(List<SecurityGroupRuleMatch> matches) {
    List<PacketSet> certain = new ArrayList<>();
    List<PacketSet> possible = new ArrayList<>();
    List<String> unknowns = new ArrayList<>();
    for (SecurityGroupRuleMatch m : matches) {
      certain.add(m.packets().certain());
      possible.add(m.packets().possible());
      m.packets().unknowns().stream().filter(r -> !unknowns.contains(r)).forEach(unknowns::add);
    }
    return new Bounded<>(PacketSet.unionAll(certain), PacketSet.unionAll(possible), unknowns);
  }
}
