package dev.mamori.net.check;

import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.net.PacketSet;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclEntryMatch;
import dev.mamori.net.filter.NetworkAclEvaluator;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nacl-shadowed-rule}: a network ACL entry that can never match, because the entries with
 * lower numbers (same direction) already match every packet it would. Redundant when those entries
 * all take the same action, conflicting (the entry's intent is overridden) otherwise. The final
 * {@code *} rules are not reported: an allow-all entry shadowing them is the AWS default.
 */
public final class ShadowedNaclRules {

  public static final String CHECK_ID = "nacl-shadowed-rule";

  /** One entry no packet reaches, and the earlier entries that take all its packets. */
  public record Shadowed(NetworkAcl acl, Direction direction, NetworkAclEntry entry, List<NetworkAclEntry> coveredBy,
      boolean sameAction) {

    public Shadowed {
      coveredBy = List.copyOf(coveredBy);
    }

    public String message() {
      String way = direction == Direction.INGRESS ? "inbound" : "outbound";
      String rules = String.join(", ", coveredBy.stream().map(NetworkAclEntry::label).toList());
      return way + " rule " + entry.label() + " never matches: rule" + (coveredBy.size() > 1 ? "s " : " ") + rules
          + (sameAction ? " already " + (entry.action().name().toLowerCase(java.util.Locale.ROOT)) + " all of its traffic"
              : " decide its traffic differently (" + entry.action().name().toLowerCase(java.util.Locale.ROOT)
                  + " is never applied)");
    }
  }

  private ShadowedNaclRules() {}

  public static List<Shadowed> find(NetworkTopology topology) {
    List<Shadowed> out = new ArrayList<>();
    for (NetworkAcl acl : topology.model().networkAcls()) {
      out.addAll(find(new NetworkAclEvaluator(acl)));
    }
    return out;
  }

  public static List<Shadowed> find(NetworkAclEvaluator acl) {
    List<Shadowed> out = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      List<NaclEntryMatch> entries = acl.entries(direction);
      PacketSet earlier = PacketSet.empty();
      for (int i = 0; i < entries.size(); i++) {
        NaclEntryMatch entry = entries.get(i);
        if (!entry.entry().isDefaultRule() && earlier.containsAll(entry.packets())) {
          out.add(shadowed(acl.acl(), direction, entries, i));
        }
        earlier = earlier.union(entry.packets());
      }
    }
    return out;
  }

  private static Shadowed shadowed(NetworkAcl acl, Direction direction, List<NaclEntryMatch> entries, int index) {
    NaclEntryMatch entry = entries.get(index);
    List<NetworkAclEntry> covering = new ArrayList<>();
    boolean same = true;
    for (int k = 0; k < index; k++) {
      if (entries.get(k).packets().intersects(entry.packets())) {
        covering.add(entries.get(k).entry());
        same &= entries.get(k).entry().action() == entry.entry().action();
      }
    }
    return new Shadowed(acl, direction, entry.entry(), covering, same);
  }

  /** One result per network ACL: FAIL with the shadowed entries, else PASS. */
  public static List<NetworkCheckResult> evaluate(NetworkTopology topology) {
    List<NetworkCheckResult> out = new ArrayList<>();
    for (NetworkAcl acl : topology.model().networkAcls()) {
      List<Shadowed> found = find(new NetworkAclEvaluator(acl));
      CheckStatus status = found.isEmpty() ? CheckStatus.PASS : CheckStatus.FAIL;
      String message = found.isEmpty() ? "every rule of " + acl.id() + " can match"
          : found.size() + " rule(s) of " + acl.id() + " can never match";
      out.add(new NetworkCheckResult(CHECK_ID, acl.id(), acl.region(), status, message,
          found.stream().map(Shadowed::message).toList()));
    }
    return out;
  }
}
