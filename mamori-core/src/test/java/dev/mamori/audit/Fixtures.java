package dev.mamori.audit;

import dev.mamori.model.AccessKeyStatus;
import dev.mamori.model.Bucket;
import dev.mamori.model.BucketAcl;
import dev.mamori.model.BucketEncryption;
import dev.mamori.model.BucketVersioning;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.CreateVolumePermission;
import dev.mamori.model.CredentialReport;
import dev.mamori.model.CredentialReportRow;
import dev.mamori.model.DbInstance;
import dev.mamori.model.EbsSnapshot;
import dev.mamori.model.IamData;
import dev.mamori.model.KmsKey;
import dev.mamori.model.NetworkInterface;
import dev.mamori.model.ObjectLockConfiguration;
import dev.mamori.model.PasswordPolicy;
import dev.mamori.model.PolicyDocument;
import dev.mamori.model.PublicAccessBlock;
import dev.mamori.model.ReplicationConfiguration;
import dev.mamori.model.SecurityGroup;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.model.VirtualMfaDevice;
import dev.mamori.model.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small hand-made models for check tests: each fixture states only what its test is about. */
public final class Fixtures {
  public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
  public static final String ACCOUNT = "111122223333";
  public static final String REGION = "eu-west-1";

  private Fixtures() {}

  public static CloudModel.Builder model() {
    return CloudModel.builder().accountId(ACCOUNT).region(REGION);
  }

  public static Instant daysAgo(long days) {
    return AS_OF.minus(Duration.ofDays(days));
  }

  /** Runs one check on a model at {@link #AS_OF}, with its catalog metadata. */
  public static List<CheckResult> run(Check check, CloudModel model) {
    return check.evaluate(new AuditContext(model, AS_OF, CheckCatalog.bundled().require(check.id()), Engines.of(model)));
  }

  /** The result of a check on the one resource named. */
  public static CheckResult resultFor(Check check, CloudModel model, String resource) {
    return run(check, model).stream().filter(r -> r.resource().equals(resource)).findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + resource + " in " + run(check, model)));
  }

  // ---- IAM ------------------------------------------------------------------------------------

  public static AccessKeyStatus activeKey(Instant rotated, Optional<Instant> used) {
    return new AccessKeyStatus(true, Optional.of(rotated), used, used.map(u -> "s3"));
  }

  public static AccessKeyStatus noKey() {
    return AccessKeyStatus.NONE;
  }

  /** A credential report row, built by changing one thing at a time. */
  public record Row(
      String user,
      boolean passwordEnabled,
      Optional<Instant> passwordLastUsed,
      Optional<Instant> passwordLastChanged,
      boolean mfa,
      AccessKeyStatus key1,
      AccessKeyStatus key2,
      Instant created) {

    public static Row user(String name) {
      return new Row(name, false, Optional.empty(), Optional.empty(), false, noKey(), noKey(), daysAgo(400));
    }

    public static Row root() {
      return user(CredentialReportRow.ROOT_USER);
    }

    public Row password(Optional<Instant> lastUsed) {
      return new Row(user, true, lastUsed, Optional.of(daysAgo(300)), mfa, key1, key2, created);
    }

    public Row mfa(boolean on) {
      return new Row(user, passwordEnabled, passwordLastUsed, passwordLastChanged, on, key1, key2, created);
    }

    public Row keys(AccessKeyStatus k1, AccessKeyStatus k2) {
      return new Row(user, passwordEnabled, passwordLastUsed, passwordLastChanged, mfa, k1, k2, created);
    }

    public String arn() {
      return user.equals(CredentialReportRow.ROOT_USER) ? "arn:aws:iam::" + ACCOUNT + ":root"
          : "arn:aws:iam::" + ACCOUNT + ":user/" + user;
    }

    public CredentialReportRow toRow() {
      return new CredentialReportRow(user, arn(), Optional.of(created), passwordEnabled, passwordLastUsed,
          passwordLastChanged, mfa, key1, key2, false, false);
    }
  }

  public static IamData iam(Row... rows) {
    return iam(Collected.notCollected(), Collected.notCollected(), Collected.notCollected(), rows);
  }

  public static IamData iam(
      Collected<Map<String, Long>> summary,
      Collected<PasswordPolicy> passwordPolicy,
      Collected<List<VirtualMfaDevice>> virtualMfa,
      Row... rows) {
    Collected<CredentialReport> report = rows.length == 0 ? Collected.notCollected()
        : Collected.present(new CredentialReport(Optional.of(AS_OF), java.util.Arrays.stream(rows).map(Row::toRow).toList()));
    return new IamData(report, summary, passwordPolicy, virtualMfa);
  }

  public static PasswordPolicy passwordPolicy(int minLength, Optional<Integer> reuse) {
    return new PasswordPolicy(minLength, true, true, true, true, true, false, Optional.empty(), reuse, false);
  }

  // ---- S3 -------------------------------------------------------------------------------------

  /** A bucket whose every configuration is not collected, to be set one at a time. */
  public record B(
      String name,
      Collected<PolicyDocument> policy,
      Collected<BucketAcl> acl,
      Collected<BucketVersioning> versioning,
      Collected<BucketEncryption> encryption,
      Collected<ReplicationConfiguration> replication,
      Collected<PublicAccessBlock> publicAccessBlock) {

    public static B bucket(String name) {
      return new B(name, Collected.notCollected(), Collected.notCollected(), Collected.notCollected(), Collected.notCollected(),
          Collected.notCollected(), Collected.notCollected());
    }

    public B policy(Collected<PolicyDocument> p) {
      return new B(name, p, acl, versioning, encryption, replication, publicAccessBlock);
    }

    /** A bucket policy from JSON text. */
    public B policy(String json) {
      return policy(Collected.present(new PolicyDocument(json)));
    }

    public B acl(Collected<BucketAcl> a) {
      return new B(name, policy, a, versioning, encryption, replication, publicAccessBlock);
    }

    public B versioning(Collected<BucketVersioning> v) {
      return new B(name, policy, acl, v, encryption, replication, publicAccessBlock);
    }

    public B encryption(Collected<BucketEncryption> e) {
      return new B(name, policy, acl, versioning, e, replication, publicAccessBlock);
    }

    public B replication(Collected<ReplicationConfiguration> r) {
      return new B(name, policy, acl, versioning, encryption, r, publicAccessBlock);
    }

    public B publicAccessBlock(Collected<PublicAccessBlock> p) {
      return new B(name, policy, acl, versioning, encryption, replication, p);
    }

    public Bucket toBucket() {
      return new Bucket(name, ACCOUNT, Optional.of(daysAgo(100)), Collected.present(REGION), policy, acl, versioning, encryption,
          replication, publicAccessBlock, Collected.<ObjectLockConfiguration>notCollected());
    }
  }

  // ---- EC2, EBS, KMS, RDS ----------------------------------------------------------------------

  public static Volume volume(String id, boolean encrypted, String state) {
    return new Volume(id, ACCOUNT, REGION, REGION + "a", encrypted, Optional.empty(), 8, "gp3", state, Optional.empty(),
        state.equals("in-use") ? List.of("i-1") : List.of(), Optional.of(daysAgo(200)), Map.of());
  }

  public static EbsSnapshot snapshot(String id, String volumeId, boolean encrypted, Instant start,
      Collected<List<CreateVolumePermission>> permissions) {
    return new EbsSnapshot(id, ACCOUNT, REGION, volumeId, encrypted, Optional.empty(), "completed", Optional.of(start), 8,
        "", permissions, Map.of());
  }

  public static KmsKey key(String id, String manager, Collected<Boolean> rotation) {
    return key(id, manager, rotation, Collected.notCollected());
  }

  public static KmsKey key(String id, String manager, Collected<Boolean> rotation, Collected<PolicyDocument> policy) {
    return new KmsKey(id, keyArn(id), ACCOUNT, REGION, "", manager, "Enabled",
        "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT", "AWS_KMS", true, Optional.of(daysAgo(500)), rotation, policy);
  }

  public static String keyArn(String id) {
    return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + id;
  }

  public static DbInstance db(String id, boolean encrypted, boolean publiclyAccessible) {
    return new DbInstance(id, "arn:aws:rds:" + REGION + ":" + ACCOUNT + ":db:" + id, ACCOUNT, REGION, "db.t3.medium",
        "postgres", "16.3", "available", encrypted, Optional.empty(), publiclyAccessible, List.of("sg-db"),
        Optional.of("vpc-1"), List.of(), Optional.of(id + ".abc.rds.amazonaws.com"), Optional.of(5432), Optional.empty(), 7,
        false, Map.of());
  }

  public static SecurityGroup group(String id, String name, List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) {
    return new SecurityGroup(id, name, name, Optional.of("vpc-1"), ACCOUNT, REGION, ingress, egress, Map.of());
  }

  public static NetworkInterface eni(String id, List<String> groups) {
    return new NetworkInterface(id, ACCOUNT, REGION, "subnet-1", "vpc-1", REGION + "a", "interface", "", List.of(),
        List.of(), groups, Optional.empty(), Optional.empty(), false, true, "in-use", Map.of());
  }
}
