package dev.mamori.snapshot;

import dev.mamori.model.IamGroup;
import dev.mamori.model.IamRole;
import dev.mamori.model.IamUser;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.ManagedPolicy;
import dev.mamori.model.PolicyDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code aws iam get-account-authorization-details}: users, groups, roles and managed policies
 * with their documents. Documents are JSON objects as the CLI prints them, or URL-encoded strings as
 * the raw API returns them; of a managed policy only the default version counts.
 */
final class AuthorizationDetailsReader implements PathReader {
  static final String FILE = "get-account-authorization-details.json";

  @Override
  public boolean accepts(SnapshotFile file) {
    return IamFile.is(file, FILE);
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    Node root = parse.apply(file).requireObject();
    root.ignore("Marker", "IsTruncated");
    for (Node u : root.objects("UserDetailList")) {
      IamUser user = user(u, file, ctx);
      ctx.model.add(user);
      ctx.model.source(user.arn(), file.relative());
    }
    for (Node g : root.objects("GroupDetailList")) {
      IamGroup group = group(g, file, ctx);
      ctx.model.add(group);
      ctx.model.source(group.arn(), file.relative());
    }
    for (Node r : root.objects("RoleDetailList")) {
      IamRole role = role(r, file, ctx);
      ctx.model.add(role);
      ctx.model.source(role.arn(), file.relative());
    }
    for (Node p : root.objects("Policies")) {
      ManagedPolicy policy = policy(p);
      ctx.model.add(policy);
      ctx.model.source(policy.arn(), file.relative());
    }
    ctx.warnUnknownFields(root, file);
  }

  private static IamUser user(Node u, SnapshotFile file, ReadContext ctx) {
    String arn = u.text("Arn");
    Arns.account(arn).ifPresent(ctx::voteAccount);
    return new IamUser(u.text("UserName"), u.text("UserId"), arn, u.optText("Path").orElse("/"),
        u.optInstant("CreateDate"), u.texts("GroupList"), inline(u, "UserPolicyList"), attached(u, file, ctx),
        boundary(u), u.tags());
  }

  private static IamGroup group(Node g, SnapshotFile file, ReadContext ctx) {
    g.ignore("CreateDate");
    String arn = g.text("Arn");
    Arns.account(arn).ifPresent(ctx::voteAccount);
    return new IamGroup(g.text("GroupName"), g.text("GroupId"), arn, g.optText("Path").orElse("/"),
        inline(g, "GroupPolicyList"), attached(g, file, ctx));
  }

  private static IamRole role(Node r, SnapshotFile file, ReadContext ctx) {
    String arn = r.text("Arn");
    Arns.account(arn).ifPresent(ctx::voteAccount);
    List<String> profiles = new ArrayList<>();
    for (Node p : r.objects("InstanceProfileList")) {
      // Each profile repeats its roles in full; the role itself is read once, from RoleDetailList.
      p.ignore("Path", "InstanceProfileName", "InstanceProfileId", "CreateDate", "Roles", "Tags");
      profiles.add(p.text("Arn"));
    }
    Optional<Instant> lastUsed = r.optObject("RoleLastUsed").flatMap(l -> l.ignore("Region").optInstant("LastUsedDate"));
    return new IamRole(r.text("RoleName"), r.text("RoleId"), arn, r.optText("Path").orElse("/"), r.optInstant("CreateDate"),
        PolicyDocuments.required(r, "AssumeRolePolicyDocument"), inline(r, "RolePolicyList"), attached(r, file, ctx),
        boundary(r), profiles, lastUsed, r.tags());
  }

  private static ManagedPolicy policy(Node p) {
    p.ignore("IsAttachable", "PermissionsBoundaryUsageCount", "Description", "Tags");
    String defaultVersion = p.optText("DefaultVersionId").orElse("");
    Optional<PolicyDocument> document = Optional.empty();
    for (Node v : p.objects("PolicyVersionList")) {
      v.ignore("CreateDate");
      boolean isDefault = v.optBool("IsDefaultVersion").orElse(v.optText("VersionId").map(defaultVersion::equals).orElse(false));
      v.ignore("VersionId");
      if (isDefault) {
        document = PolicyDocuments.optional(v, "Document");
      } else {
        v.ignore("Document");
      }
    }
    return new ManagedPolicy(p.text("PolicyName"), p.text("PolicyId"), p.text("Arn"), p.optText("Path").orElse("/"),
        defaultVersion, document, p.optInteger("AttachmentCount").orElse(0), p.optInstant("CreateDate"),
        p.optInstant("UpdateDate"));
  }

  private static List<InlinePolicy> inline(Node owner, String field) {
    List<InlinePolicy> out = new ArrayList<>();
    for (Node p : owner.objects(field)) {
      out.add(new InlinePolicy(p.text("PolicyName"), PolicyDocuments.required(p, "PolicyDocument")));
    }
    return out;
  }

  /**
   * The ARNs of attached managed policies. AWS prints an array; a single object (as in one AWS
   * documentation example) is read as a one-element array, with a warning.
   */
  private static List<String> attached(Node owner, SnapshotFile file, ReadContext ctx) {
    String field = "AttachedManagedPolicies";
    List<Node> entries;
    if (owner.isObject(field)) {
      Node single = owner.object(field);
      ctx.warn(file.relative(), single.path(), "expected an array, found a single object; read as a one-element array");
      entries = List.of(single);
    } else {
      entries = owner.objects(field);
    }
    List<String> arns = new ArrayList<>();
    for (Node a : entries) {
      a.ignore("PolicyName");
      arns.add(a.text("PolicyArn"));
    }
    return arns;
  }

  private static Optional<String> boundary(Node owner) {
    return owner.optObject("PermissionsBoundary")
        .flatMap(b -> b.ignore("PermissionsBoundaryType").optText("PermissionsBoundaryArn"));
  }
}
