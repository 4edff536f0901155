package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Collected;
import dev.mamori.model.ManagedPrefixList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code PrefixLists} key, which two commands print: {@code describe-prefix-lists} (the AWS
 * service lists of a region, with their {@code Cidrs}, no owner) and
 * {@code describe-managed-prefix-lists} (every managed list, with its owner and address family but
 * no entries: those come from {@code get-managed-prefix-list-entries}, one file per list).
 */
final class PrefixListsReader implements SectionReader {
  @Override
  public String key() {
    return "PrefixLists";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    ManagedPrefixList list = parse(n, file, ctx);
    ctx.assembly.prefixLists.list(list);
    ctx.model.source(list.id(), file.relative());
  }

  static ManagedPrefixList parse(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("State", "StateMessage", "PrefixListArn", "MaxEntries", "Version", "Tags", "IpamPrefixListResolverId",
        "IpamPrefixListResolverTargetId", "IpamPrefixListResolverSyncEnabled");
    String id = n.text("PrefixListId");
    Collected<List<Cidr>> entries = Collected.notCollected();
    String family = "IPv4";
    if (n.has("Cidrs")) {
      List<Cidr> cidrs = new ArrayList<>();
      for (Node c : n.array("Cidrs")) {
        cidrs.add(c.asCidr());
      }
      entries = Collected.present(List.copyOf(cidrs));
      family = cidrs.stream().anyMatch(Cidr::ipv6) ? "IPv6" : "IPv4";
    }
    Optional<String> owner = n.optNonEmptyText("OwnerId");
    owner.ifPresent(ctx::voteAccount);
    return new ManagedPrefixList(id, n.optText("PrefixListName").orElse(id), file.account().orElse(""),
        Regions.of(file, ctx, Optional.empty()), n.optText("AddressFamily").orElse(family), owner, entries);
  }
}
