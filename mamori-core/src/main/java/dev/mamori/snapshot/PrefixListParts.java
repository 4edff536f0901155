package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Collected;
import dev.mamori.model.ManagedPrefixList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefix lists from {@code describe-managed-prefix-lists} (no entries),
 * {@code get-managed-prefix-list-entries} (entries of one list) and {@code describe-prefix-lists}
 * (AWS service lists, with their CIDRs). AWS-managed lists appear in both describe outputs.
 */
final class PrefixListParts {
  private final Map<String, ManagedPrefixList> lists = new LinkedHashMap<>();
  private final Map<String, List<Cidr>> entries = new LinkedHashMap<>();
  private final Map<String, String> entryFiles = new LinkedHashMap<>();

  /** A list as described; two descriptions of one list (managed and service) are merged. */
  void list(ManagedPrefixList p) {
    lists.merge(p.id(), p, PrefixListParts::merge);
  }

  void entries(String prefixListId, List<Cidr> cidrs, SnapshotFile file) {
    entries.put(prefixListId, List.copyOf(cidrs));
    entryFiles.put(prefixListId, file.relative());
  }

  /** {@code snapshotAccount} stands for the account of lists whose folder does not name one. */
  void finish(ReadContext ctx, String snapshotAccount) {
    for (ManagedPrefixList described : lists.values()) {
      ManagedPrefixList p = described.accountId().isEmpty() ? new ManagedPrefixList(described.id(), described.name(),
          snapshotAccount, described.region(), described.addressFamily(), described.ownerId(), described.entries())
          : described;
      List<Cidr> e = entries.get(p.id());
      ctx.model.add(e == null ? p : withEntries(p, Collected.present(e)));
    }
    entryFiles.forEach((id, file) -> {
      if (!lists.containsKey(id)) {
        ctx.warn(file, "", "entries of " + id + ", a prefix list that no describe-managed-prefix-lists output lists; ignored");
      }
    });
  }

  /** The managed description names the owner and family; the service description has the CIDRs. */
  private static ManagedPrefixList merge(ManagedPrefixList earlier, ManagedPrefixList later) {
    ManagedPrefixList described = later.ownerId().isPresent() || earlier.ownerId().isEmpty() ? later : earlier;
    return withEntries(described, later.entries().isPresent() ? later.entries() : earlier.entries());
  }

  private static ManagedPrefixList withEntries(ManagedPrefixList p, Collected<List<Cidr>> e) {
    return new ManagedPrefixList(p.id(), p.name(), p.accountId(), p.region(), p.addressFamily(), p.ownerId(), e);
  }
}
