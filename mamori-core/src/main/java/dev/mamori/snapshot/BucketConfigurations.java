package dev.mamori.snapshot;

import dev.mamori.model.BucketAcl;
import dev.mamori.model.BucketEncryption;
import dev.mamori.model.BucketVersioning;
import dev.mamori.model.ObjectLockConfiguration;
import dev.mamori.model.PublicAccessBlock;
import dev.mamori.model.ReplicationConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The outputs of the {@code aws s3api get-…} calls about one bucket, each read from its root. */
final class BucketConfigurations {
  private static final Set<String> PERMISSIONS = Set.of("FULL_CONTROL", "WRITE", "WRITE_ACP", "READ", "READ_ACP");
  private static final Set<String> VERSIONING_STATES = Set.of("", "Enabled", "Suspended");

  private BucketConfigurations() {}

  /** {@code get-bucket-location}: null means us-east-1, and {@code EU} is the old name of eu-west-1. */
  static String location(Node root) {
    String constraint = root.optText("LocationConstraint").orElse("");
    return switch (constraint) {
      case "" -> "us-east-1";
      case "EU" -> "eu-west-1";
      default -> constraint;
    };
  }

  static BucketAcl acl(Node root) {
    Optional<String> owner = root.optObject("Owner").flatMap(o -> o.ignore("DisplayName").optText("ID"));
    List<BucketAcl.Grant> grants = new ArrayList<>();
    for (Node g : root.objects("Grants")) {
      Node grantee = g.object("Grantee");
      grantee.ignore("DisplayName");
      String permission = g.text("Permission");
      if (!PERMISSIONS.contains(permission)) {
        throw g.error("Permission", "expected one of " + String.join(", ", PERMISSIONS.stream().sorted().toList())
            + ", found \"" + permission + "\"");
      }
      Optional<String> id = grantee.optText("ID").or(() -> grantee.optText("EmailAddress"));
      Optional<String> uri = grantee.optText("URI");
      String type = grantee.optText("Type").orElse(uri.isPresent() ? "Group" : "CanonicalUser");
      grants.add(new BucketAcl.Grant(type, id, uri, permission));
    }
    return new BucketAcl(owner, grants);
  }

  /** {@code get-bucket-versioning}: an empty object means versioning was never enabled. */
  static BucketVersioning versioning(Node root) {
    String status = root.optText("Status").orElse("");
    if (!VERSIONING_STATES.contains(status)) {
      throw root.error("Status", "expected Enabled or Suspended, found \"" + status + "\"");
    }
    return new BucketVersioning(status, root.optText("MFADelete").map("Enabled"::equals).orElse(false));
  }

  static BucketEncryption encryption(Node root) {
    Node config = root.object("ServerSideEncryptionConfiguration");
    List<BucketEncryption.Rule> rules = new ArrayList<>();
    for (Node r : config.objects("Rules")) {
      r.ignore("BlockedEncryptionTypes");
      Node byDefault = r.object("ApplyServerSideEncryptionByDefault");
      rules.add(new BucketEncryption.Rule(byDefault.text("SSEAlgorithm"), byDefault.optNonEmptyText("KMSMasterKeyID"),
          r.bool("BucketKeyEnabled", false)));
    }
    return new BucketEncryption(rules);
  }

  static ReplicationConfiguration replication(Node root) {
    Node config = root.object("ReplicationConfiguration");
    List<ReplicationConfiguration.Rule> rules = new ArrayList<>();
    for (Node r : config.objects("Rules")) {
      r.ignore("Priority", "Prefix", "Filter", "SourceSelectionCriteria", "ExistingObjectReplication",
          "DeleteMarkerReplication");
      Node destination = r.object("Destination");
      destination.ignore("StorageClass", "AccessControlTranslation", "EncryptionConfiguration", "ReplicationTime",
          "Metrics");
      rules.add(new ReplicationConfiguration.Rule(r.optText("ID"), r.text("Status"), destination.text("Bucket"),
          destination.optText("Account")));
    }
    return new ReplicationConfiguration(config.optText("Role").orElse(""), rules);
  }

  /** {@code get-public-access-block} of a bucket, or of the account through {@code s3control}. */
  static PublicAccessBlock publicAccessBlock(Node root) {
    Node c = root.object("PublicAccessBlockConfiguration");
    return new PublicAccessBlock(c.bool("BlockPublicAcls", false), c.bool("IgnorePublicAcls", false),
        c.bool("BlockPublicPolicy", false), c.bool("RestrictPublicBuckets", false));
  }

  static ObjectLockConfiguration objectLock(Node root) {
    Node config = root.object("ObjectLockConfiguration");
    boolean enabled = config.optText("ObjectLockEnabled").map("Enabled"::equals).orElse(false);
    Optional<Node> retention = config.optObject("Rule").flatMap(r -> r.optObject("DefaultRetention"));
    return new ObjectLockConfiguration(enabled, retention.flatMap(d -> d.optText("Mode")),
        retention.flatMap(d -> d.optInteger("Days")), retention.flatMap(d -> d.optInteger("Years")));
  }
}
