package dev.mamori.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A network ACL: stateless numbered rules at the subnet edge, first match wins. */
public record NetworkAcl(
    String id,
    String vpcId,
    String accountId,
    String region,
    boolean isDefault,
    List<NetworkAclEntry> entries,
    List<String> subnetIds,
    Map<String, String> tags) {

  public NetworkAcl {
    entries = entries.stream().sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber)).toList();
    subnetIds = List.copyOf(subnetIds);
    tags = Map.copyOf(tags);
  }

  /** Inbound (or outbound) rules, lowest number first. */
  public List<NetworkAclEntry> entries(boolean egress) {
    return entries.stream().filter(e -> e.egress() == egress).toList();
  }
}
