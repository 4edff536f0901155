package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes {@code global/s3/list-buckets.json}, one folder of {@code get-*} outputs per bucket, and
 * the account-level {@code global/s3control/get-public-access-block.json}. Buckets cycle through
 * eight kinds so that every configuration is seen present, confirmed absent (an AWS error file) and
 * not collected (no file).
 */
final class S3Writer {
  /** The kinds of bucket, in the order they cycle. */
  private enum Kind {
    APP_DATA, LOGS, WEBSITE, LEGACY, BACKUP, PARTIAL, PARTNER, RESTRICTED
  }

  private final Topology t;
  private final Path s3;
  private final int buckets;

  S3Writer(Topology t, Path globalDir) {
    this.t = t;
    this.s3 = globalDir.resolve("s3");
    this.buckets = Math.max(8, Math.min(1000, t.spec.interfaces() / 200));
  }

  void write(Tally tally) throws IOException {
    try (SectionFile list = SectionFile.open(s3.resolve("list-buckets.json"), "Buckets")) {
      for (int i = 0; i < buckets; i++) {
        Random r = new Random(t.ids.bits("bucket", i));
        String name = name(i);
        String region = Topology.REGIONS.get(i % 3 == 2 ? 1 : 0);
        JsonGenerator g = list.element();
        g.writeStartObject();
        g.writeStringField("Name", name);
        g.writeStringField("CreationDate", SyntheticTime.seconds(SyntheticTime.between(r, 0, 0.9)));
        g.writeStringField("BucketRegion", region);
        g.writeEndObject();
        bucket(i, name, region);
      }
    }
    tally.add("buckets", buckets);
    CliJson.write(globalS3Control().resolve("get-public-access-block.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("PublicAccessBlockConfiguration");
      g.writeBooleanField("BlockPublicAcls", true);
      g.writeBooleanField("IgnorePublicAcls", true);
      g.writeBooleanField("BlockPublicPolicy", false);
      g.writeBooleanField("RestrictPublicBuckets", false);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private Path globalS3Control() {
    return s3.getParent().resolve("s3control");
  }

  private String name(int i) {
    Kind kind = kind(i);
    return "synth-" + t.accountId + "-" + Names.service(i / Kind.values().length) + "-"
        + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + i;
  }

  private static Kind kind(int i) {
    return Kind.values()[i % Kind.values().length];
  }

  private void bucket(int i, String name, String region) {
    Path dir = s3.resolve(name);
    Kind kind = kind(i);
    CliJson.write(dir.resolve("get-bucket-location.json"), g -> {
      g.writeStartObject();
      if (region.equals("us-east-1")) {
        g.writeNullField("LocationConstraint");
      } else {
        g.writeStringField("LocationConstraint", region);
      }
      g.writeEndObject();
    });
    acl(dir, kind);
    if (kind == Kind.PARTIAL) {
      return;   // only the location and the ACL were collected: the rest is "not collected"
    }
    policy(dir, name, kind, i);
    versioning(dir, kind);
    encryption(dir, kind, region);
    replication(dir, name, kind);
    publicAccessBlock(dir, kind);
    objectLock(dir, kind);
  }

  private void acl(Path dir, Kind kind) {
    CliJson.write(dir.resolve("get-bucket-acl.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("Owner");
      g.writeStringField("ID", canonicalId());
      g.writeEndObject();
      g.writeArrayFieldStart("Grants");
      grant(g, "CanonicalUser", canonicalId(), "FULL_CONTROL");
      if (kind == Kind.LEGACY) {
        grant(g, "Group", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "READ");
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void grant(JsonGenerator g, String type, String who, String permission) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("Grantee");
    g.writeStringField(type.equals("Group") ? "URI" : "ID", who);
    g.writeStringField("Type", type);
    g.writeEndObject();
    g.writeStringField("Permission", permission);
    g.writeEndObject();
  }

  private String canonicalId() {
    return t.ids.hex("canonical", 0, 64);
  }

  private void policy(Path dir, String name, Kind kind, int i) {
    String arn = "arn:aws:s3:::" + name;
    String statement = switch (kind) {
      case APP_DATA, BACKUP -> secureTransport(arn);
      case LOGS -> "{\"Sid\":\"S3ServerAccessLogsPolicy\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logging.s3.amazonaws.com\"},"
          + "\"Action\":\"s3:PutObject\",\"Resource\":\"" + arn + "/*\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\""
          + t.accountId + "\"}}}";
      case WEBSITE -> "{\"Sid\":\"PublicReadGetObject\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
          + "\"Resource\":\"" + arn + "/*\"}";
      case PARTNER -> "{\"Sid\":\"BackupAccountReadWrite\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
          + t.managementAccountId + ":root\"},\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Resource\":\"" + arn + "/*\"},"
          + secureTransport(arn);
      case RESTRICTED -> i == Kind.RESTRICTED.ordinal()
          // Meant to lock the bucket to the VPC endpoint, it denies everyone: only the root user can fix it.
          ? "{\"Sid\":\"DenyEverything\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"" + arn
              + "\",\"" + arn + "/*\"]}"
          : "{\"Sid\":\"OnlyThroughVpcEndpoint\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\""
              + arn + "\",\"" + arn + "/*\"],\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"" + t.ids.ec2("vpce", 0)
              + "\"}}}";
      default -> "";
    };
    if (statement.isEmpty()) {
      error(dir.resolve("get-bucket-policy.json"), "NoSuchBucketPolicy", "The bucket policy does not exist");
      return;
    }
    CliJson.write(dir.resolve("get-bucket-policy.json"), g -> {
      g.writeStartObject();
      g.writeStringField("Policy", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}");
      g.writeEndObject();
    });
  }

  private static String secureTransport(String arn) {
    return "{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\""
        + arn + "\",\"" + arn + "/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}";
  }

  private static void versioning(Path dir, Kind kind) {
    CliJson.write(dir.resolve("get-bucket-versioning.json"), g -> {
      g.writeStartObject();
      switch (kind) {
        case APP_DATA, PARTNER, RESTRICTED -> {
          g.writeStringField("Status", "Enabled");
          g.writeStringField("MFADelete", "Disabled");
        }
        case BACKUP -> {
          g.writeStringField("Status", "Enabled");
          g.writeStringField("MFADelete", "Enabled");
        }
        case LOGS -> {
          g.writeStringField("Status", "Suspended");
          g.writeStringField("MFADelete", "Disabled");
        }
        default -> { }   // never enabled: the CLI prints an empty object
      }
      g.writeEndObject();
    });
  }

  private void encryption(Path dir, Kind kind, String region) {
    boolean kms = kind == Kind.APP_DATA || kind == Kind.PARTNER || kind == Kind.BACKUP;
    CliJson.write(dir.resolve("get-bucket-encryption.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("ServerSideEncryptionConfiguration");
      g.writeArrayFieldStart("Rules");
      g.writeStartObject();
      g.writeObjectFieldStart("ApplyServerSideEncryptionByDefault");
      g.writeStringField("SSEAlgorithm", kms ? "aws:kms" : "AES256");
      if (kms) {
        g.writeStringField("KMSMasterKeyID", RegionContext.of(t, Topology.REGIONS.indexOf(region)).key("alias/s3-data").arn());
      }
      g.writeEndObject();
      g.writeBooleanField("BucketKeyEnabled", kms);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private void replication(Path dir, String name, Kind kind) {
    if (kind != Kind.APP_DATA && kind != Kind.BACKUP) {
      error(dir.resolve("get-bucket-replication.json"), "ReplicationConfigurationNotFoundError",
          "The replication configuration was not found");
      return;
    }
    CliJson.write(dir.resolve("get-bucket-replication.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("ReplicationConfiguration");
      g.writeStringField("Role", "arn:aws:iam::" + t.accountId + ":role/service-role/s3-replication");
      g.writeArrayFieldStart("Rules");
      g.writeStartObject();
      g.writeStringField("ID", "replicate-all");
      g.writeNumberField("Priority", 1);
      g.writeObjectFieldStart("Filter");
      g.writeEndObject();
      g.writeStringField("Status", "Enabled");
      g.writeObjectFieldStart("Destination");
      g.writeStringField("Bucket", "arn:aws:s3:::" + name + "-replica-eu-west-1");
      g.writeStringField("StorageClass", "STANDARD_IA");
      g.writeEndObject();
      g.writeObjectFieldStart("DeleteMarkerReplication");
      g.writeStringField("Status", "Disabled");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static void publicAccessBlock(Path dir, Kind kind) {
    if (kind == Kind.LEGACY) {
      error(dir.resolve("get-public-access-block.json"), "NoSuchPublicAccessBlockConfiguration",
          "The public access block configuration was not found");
      return;
    }
    boolean block = kind != Kind.WEBSITE;
    CliJson.write(dir.resolve("get-public-access-block.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("PublicAccessBlockConfiguration");
      g.writeBooleanField("BlockPublicAcls", block);
      g.writeBooleanField("IgnorePublicAcls", block);
      g.writeBooleanField("BlockPublicPolicy", block);
      g.writeBooleanField("RestrictPublicBuckets", block);
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  private static void objectLock(Path dir, Kind kind) {
    if (kind != Kind.BACKUP) {
      error(dir.resolve("get-object-lock-configuration.json"), "ObjectLockConfigurationNotFoundError",
          "Object Lock configuration does not exist for this bucket");
      return;
    }
    CliJson.write(dir.resolve("get-object-lock-configuration.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("ObjectLockConfiguration");
      g.writeStringField("ObjectLockEnabled", "Enabled");
      g.writeObjectFieldStart("Rule");
      g.writeObjectFieldStart("DefaultRetention");
      g.writeStringField("Mode", "COMPLIANCE");
      g.writeNumberField("Days", 35);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** What the export script saves when AWS answers with an error that means "there is none". */
  static void error(Path file, String code, String message) {
    CliJson.write(file, g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("Error");
      g.writeStringField("Code", code);
      g.writeStringField("Message", message);
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
