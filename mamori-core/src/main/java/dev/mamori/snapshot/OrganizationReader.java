package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.Organization;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws organizations describe-organization}. An account in no organization answers
 * {@code AWSOrganizationsNotInUseException}: saved as an error file, that confirms there is none.
 */
final class OrganizationReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return OrganizationFile.is(file, "describe-organization.json");
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    Node root = parse.apply(file).requireObject();
    Optional<String> error = AwsErrorFile.code(root);
    ctx.assembly.organizations.organization = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), Set.of("AWSOrganizationsNotInUseException"), file, ctx, "the organization")
        : Collected.present(organization(root.object("Organization")));
    ctx.warnUnknownFields(root, file);
  }

  private static Organization organization(Node o) {
    o.ignore("MasterAccountArn", "MasterAccountEmail", "AvailablePolicyTypes");
    return new Organization(o.text("Id"), o.optText("Arn").orElse(""), o.text("MasterAccountId"),
        o.optText("FeatureSet").orElse("ALL"));
  }
}
