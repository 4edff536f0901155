package dev.mamori.snapshot;

import dev.mamori.model.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code aws ec2 get-managed-prefix-list-entries --prefix-list-id ID}, saved as
 * {@code <region>/get-managed-prefix-list-entries/<pl-id>.json}: the output does not name its list,
 * so the file name does.
 */
final class ManagedPrefixListEntriesReader implements PathReader {
  static final String FOLDER = "get-managed-prefix-list-entries";

  @Override
  public boolean accepts(SnapshotFile file) {
    return !file.global() && file.pathAfterScope().size() == 2 && file.serviceFolder().orElse("").equals(FOLDER);
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    Node root = parse.apply(file).requireObject().require("Entries", "the entries of prefix list " + file.baseName());
    root.ignore("NextToken");
    List<Cidr> cidrs = new ArrayList<>();
    for (Node e : root.objects("Entries")) {
      e.ignore("Description");
      cidrs.add(e.cidr("Cidr"));
    }
    ctx.assembly.prefixLists.entries(file.baseName(), cidrs, file);
    ctx.warnUnknownFields(root, file);
  }
}
