package dev.mamori.snapshot;

import dev.mamori.model.OrganizationPolicy;
import java.util.function.Function;

/**
 * {@code aws organizations describe-policy --policy-id ID}, saved as
 * {@code global/organizations/describe-policy/<policy-id>.json}; {@code Content} is the policy as a
 * JSON string.
 */
final class OrganizationPolicyReader implements PathReader {
  private static final String COMMAND = "describe-policy";

  @Override
  public boolean accepts(SnapshotFile file) {
    return OrganizationFile.idIn(file, COMMAND).isPresent();
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    Node root = parse.apply(file).requireObject();
    Node policy = root.object("Policy");
    Node summary = policy.object("PolicySummary");
    summary.ignore("Description");
    String id = summary.text("Id");
    ctx.assembly.organizations.policy(new OrganizationPolicy(id, summary.optText("Arn").orElse(""),
        summary.optText("Name").orElse(id), summary.text("Type"), summary.bool("AwsManaged", false),
        PolicyDocuments.required(policy, "Content")));
    ctx.model.source(id, file.relative());
    ctx.warnUnknownFields(root, file);
  }
}
