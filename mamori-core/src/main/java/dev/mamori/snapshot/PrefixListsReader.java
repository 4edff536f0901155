package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import dev.mamori.model.Collected;
import dev.mamori.model.ManagedPrefixList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws ec2 describe-prefix-lists}: the AWS service prefix lists (S3, DynamoDB) of a region,
 * with their CIDRs. The output names no owner.
 *
 * <p>{@code aws ec2 describe-managed-prefix-lists} prints the same top-level key, {@code PrefixLists},
 * with managed-list elements (an {@code AddressFamily}, an owner, no {@code Cidrs}); those are read
 * as {@link ManagedPrefixListsReader} reads them.
 */
final class PrefixListsReader implements SectionReader {
  private final ManagedPrefixListsReader managed = new ManagedPrefixListsReader();

  @Override
  public String key() {
    return "PrefixLists";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    if (!n.has("Cidrs") && n.has("AddressFamily")) {
      managed.read(n, file, ctx);
      return;
    }
    String id = n.text("PrefixListId");
    List<Cidr> cidrs = new ArrayList<>();
    for (Node c : n.array("Cidrs")) {
      cidrs.add(c.asCidr());
    }
    String family = cidrs.stream().anyMatch(Cidr::ipv6) ? "IPv6" : "IPv4";
    ctx.assembly.prefixLists.list(new ManagedPrefixList(id, n.optText("PrefixListName").orElse(id),
        file.account().orElse(""), Regions.of(file, ctx, Optional.empty()), family, Optional.empty(),
        Collected.present(List.copyOf(cidrs))));
    ctx.model.source(id, file.relative());
  }
}
