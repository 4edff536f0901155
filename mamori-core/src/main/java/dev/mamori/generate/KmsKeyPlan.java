package dev.mamori.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** One KMS key of a region: the AWS managed keys every account has, and the customer's own. */
record KmsKeyPlan(
    String id,
    String arn,
    String alias,
    boolean customerManaged,
    boolean rotationEnabled,
    String description,
    String creationDate,
    String keySpec,
    String keyUsage,
    PolicyKind policy) {

  /** The shapes of key policy the generator writes. */
  enum PolicyKind {
    /** What the console creates: the account may use IAM policies to grant access. */
    DEFAULT,
    /** An AWS managed key's policy: use through one service only. */
    AWS_SERVICE,
    /** Any AWS principal may decrypt: a key policy mistake. */
    PUBLIC,
    /** Another account of the organization may use the key. */
    CROSS_ACCOUNT
  }

  /** Keys added per this many interfaces, one for each team's application. */
  private static final int INTERFACES_PER_APP_KEY = 5000;

  static List<KmsKeyPlan> forRegion(Topology t, int regionIndex) {
    String region = Topology.REGIONS.get(regionIndex);
    Random r = new Random(Ids.mix(t.spec.seed() * 131 + regionIndex));
    List<KmsKeyPlan> keys = new ArrayList<>();
    for (String service : List.of("ebs", "rds", "s3")) {
      keys.add(key(t, region, regionIndex, keys.size(), "alias/aws/" + service, false, true,
          "Default key that protects my " + service.toUpperCase(java.util.Locale.ROOT) + " resources when no other key is defined",
          "SYMMETRIC_DEFAULT", PolicyKind.AWS_SERVICE, r));
    }
    keys.add(key(t, region, regionIndex, keys.size(), "alias/ebs-workloads", true, true,
        "EBS volumes of production workloads", "SYMMETRIC_DEFAULT", PolicyKind.DEFAULT, r));
    keys.add(key(t, region, regionIndex, keys.size(), "alias/rds-data", true, regionIndex != 2,
        "RDS storage encryption", "SYMMETRIC_DEFAULT", PolicyKind.DEFAULT, r));
    keys.add(key(t, region, regionIndex, keys.size(), "alias/s3-data", true, regionIndex == 0,
        "S3 buckets holding customer data", "SYMMETRIC_DEFAULT", PolicyKind.CROSS_ACCOUNT, r));
    keys.add(key(t, region, regionIndex, keys.size(), "alias/release-signing", true, false,
        "Signs release artifacts", "RSA_2048", PolicyKind.DEFAULT, r));
    if (regionIndex == 0) {
      keys.add(key(t, region, regionIndex, keys.size(), "alias/legacy-shared", true, false,
          "Shared with vendors before 2025 (to be retired)", "SYMMETRIC_DEFAULT", PolicyKind.PUBLIC, r));
    }
    int appKeys = t.spec.interfaces() / INTERFACES_PER_APP_KEY / Topology.REGIONS.size();
    for (int k = 0; k < appKeys; k++) {
      keys.add(key(t, region, regionIndex, keys.size(), "alias/app-" + Names.SERVICES.get(k % Names.SERVICES.size()) + "-" + k,
          true, r.nextInt(4) != 0, "Application data key", "SYMMETRIC_DEFAULT", PolicyKind.DEFAULT, r));
    }
    return List.copyOf(keys);
  }

  private static KmsKeyPlan key(Topology t, String region, int regionIndex, int k, String alias, boolean customer,
      boolean rotation, String description, String spec, PolicyKind policy, Random r) {
    String id = t.ids.uuid("kms", regionIndex * 100_000L + k);
    String usage = spec.startsWith("RSA") ? "SIGN_VERIFY" : "ENCRYPT_DECRYPT";
    return new KmsKeyPlan(id, "arn:aws:kms:" + region + ":" + t.accountId + ":key/" + id, alias, customer,
        rotation && usage.equals("ENCRYPT_DECRYPT"), description,
        SyntheticTime.micros(SyntheticTime.between(r, 0, 0.3)), spec, usage, policy);
  }
}
