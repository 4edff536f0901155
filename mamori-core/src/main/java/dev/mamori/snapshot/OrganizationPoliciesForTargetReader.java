package dev.mamori.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code aws organizations list-policies-for-target --target-id ID --filter TYPE}, saved as
 * {@code global/organizations/list-policies-for-target/<target-id>[.<anything>].json}: one file per
 * policy type may be saved for a target ({@code r-ab12.json}, {@code r-ab12.rcp.json}); they add up.
 */
final class OrganizationPoliciesForTargetReader implements PathReader {
  private static final String COMMAND = "list-policies-for-target";

  @Override
  public boolean accepts(SnapshotFile file) {
    return OrganizationFile.idIn(file, COMMAND).isPresent();
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    String target = OrganizationFile.idIn(file, COMMAND).orElseThrow();
    Node parsed = parse.apply(file).requireObject();
    Optional<String> error = AwsErrorFile.code(parsed);
    if (error.isPresent()) {
      // A policy type that is not enabled (RCPs often are not) means no policy of that type applies.
      if (!error.get().equals("PolicyTypeNotEnabledException")) {
        ctx.warn(file.relative(), "$.Error.Code", "AWS answered " + error.get() + " when the policies of " + target
            + " were listed; not collected");
      }
      return;
    }
    Node root = parsed.require("Policies", "the policies of " + target);
    root.ignore("NextToken");
    List<String> ids = new ArrayList<>();
    for (Node p : root.objects("Policies")) {
      // The summary repeats what describe-policy says; the content comes from there.
      p.ignore("Arn", "Name", "Description", "Type", "AwsManaged");
      ids.add(p.text("Id"));
    }
    ctx.assembly.organizations.attached(target, ids, file);
    ctx.warnUnknownFields(root, file);
  }
}
