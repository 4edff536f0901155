package dev.mamori.snapshot;

/**
 * A {@code ManagedPrefixLists} key, as some tools name the output of
 * {@code describe-managed-prefix-lists} (the AWS CLI prints it as {@code PrefixLists}, see
 * {@link PrefixListsReader}). Entries come from {@code get-managed-prefix-list-entries}.
 */
final class ManagedPrefixListsReader implements SectionReader {
  @Override
  public String key() {
    return "ManagedPrefixLists";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    var list = PrefixListsReader.parse(n, file, ctx);
    ctx.assembly.prefixLists.list(list);
    ctx.model.source(list.id(), file.relative());
  }
}
