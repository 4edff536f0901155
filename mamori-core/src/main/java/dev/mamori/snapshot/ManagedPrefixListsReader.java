package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.ManagedPrefixList;
import java.util.Optional;

/**
 * {@code aws ec2 describe-managed-prefix-lists}. Entries come from
 * {@code get-managed-prefix-list-entries}, one file per list; without it they are not collected.
 */
final class ManagedPrefixListsReader implements SectionReader {
  @Override
  public String key() {
    return "ManagedPrefixLists";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore("State", "StateMessage", "PrefixListArn", "MaxEntries", "Version", "Tags", "IpamPrefixListResolverId",
        "IpamPrefixListResolverTargetId", "IpamPrefixListResolverSyncEnabled");
    String id = n.text("PrefixListId");
    Optional<String> owner = n.optNonEmptyText("OwnerId");
    owner.ifPresent(ctx::voteAccount);
    ctx.assembly.prefixLists.list(new ManagedPrefixList(id, n.optText("PrefixListName").orElse(id),
        file.account().orElse(""), Regions.of(file, ctx, Optional.empty()), n.optText("AddressFamily").orElse("IPv4"),
        owner, Collected.notCollected()));
    ctx.model.source(id, file.relative());
  }
}
