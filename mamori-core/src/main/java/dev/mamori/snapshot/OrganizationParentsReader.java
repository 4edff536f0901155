package dev.mamori.snapshot;

import java.util.List;
import java.util.function.Function;

/**
 * {@code aws organizations list-parents --child-id ID}, saved as
 * {@code global/organizations/list-parents/<child-id>.json}: one link of the chain from the account
 * up to the root.
 */
final class OrganizationParentsReader implements PathReader {
  private static final String COMMAND = "list-parents";

  @Override
  public boolean accepts(SnapshotFile file) {
    return OrganizationFile.idIn(file, COMMAND).isPresent();
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    String child = OrganizationFile.idIn(file, COMMAND).orElseThrow();
    Node root = parse.apply(file).requireObject().require("Parents", "the parents of " + child);
    root.ignore("NextToken");
    List<Node> parents = root.objects("Parents");
    // Every account and OU has exactly one parent.
    if (parents.size() != 1) {
      throw root.error("Parents", "expected exactly one parent of " + child + ", found " + parents.size());
    }
    Node parent = parents.get(0);
    String type = parent.optText("Type").orElse("");
    if (!type.isEmpty() && !type.equals("ROOT") && !type.equals("ORGANIZATIONAL_UNIT")) {
      throw parent.error("Type", "expected ROOT or ORGANIZATIONAL_UNIT, found \"" + type + "\"");
    }
    ctx.assembly.organizations.parent(child, parent.text("Id"));
    ctx.warnUnknownFields(root, file);
  }
}
