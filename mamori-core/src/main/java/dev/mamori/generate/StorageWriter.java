package dev.mamori.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.generate.VpcPlan.Database;
import dev.mamori.generate.VpcPlan.Instance;
import dev.mamori.generate.VpcPlan.Snapshot;
import dev.mamori.generate.VpcPlan.Subnet;
import dev.mamori.generate.VpcPlan.Volume;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes EBS and RDS resources as {@code aws ec2 describe-volumes}, {@code describe-snapshots},
 * {@code describe-snapshot-attribute --attribute createVolumePermission} and
 * {@code aws rds describe-db-instances} print them.
 */
final class StorageWriter {
  private final String account;
  private final String region;

  StorageWriter(String account, String region) {
    this.account = account;
    this.region = region;
  }

  void volume(JsonGenerator g, Instance i, Volume v) throws IOException {
    g.writeStartObject();
    performance(g, v);
    g.writeArrayFieldStart("Attachments");
    g.writeStartObject();
    g.writeStringField("AttachTime", i.launchTime());
    g.writeStringField("Device", v.device());
    g.writeStringField("InstanceId", i.id());
    g.writeStringField("State", "attached");
    g.writeStringField("VolumeId", v.id());
    g.writeBooleanField("DeleteOnTermination", !v.sourceSnapshotId().isEmpty());
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringField("AvailabilityZone", i.interfaces().get(0).subnet().availabilityZone());
    g.writeStringField("CreateTime", v.createTime());
    g.writeBooleanField("Encrypted", v.encrypted());
    if (v.kmsKeyArn().isPresent()) {
      g.writeStringField("KmsKeyId", v.kmsKeyArn().get());
    }
    g.writeNumberField("Size", v.sizeGiB());
    g.writeStringField("SnapshotId", v.sourceSnapshotId());
    g.writeStringField("State", "in-use");
    g.writeStringField("VolumeId", v.id());
    CliJson.tags(g, "Tags", "Name", i.name() + (v.device().equals("/dev/xvda") ? "-root" : "-data"), "Team", i.team());
    g.writeStringField("VolumeType", v.volumeType());
    g.writeBooleanField("MultiAttachEnabled", false);
    g.writeEndObject();
  }

  /** A volume's IOPS and throughput depend on its type: gp2 scales with size, only gp3 prints throughput. */
  private static void performance(JsonGenerator g, Volume v) throws IOException {
    g.writeNumberField("Iops", switch (v.volumeType()) {
      case "gp2" -> Math.min(16000, Math.max(100, v.sizeGiB() * 3));
      case "io2" -> 16000;
      default -> 3000;
    });
    if (v.volumeType().equals("gp3")) {
      g.writeNumberField("Throughput", 125);
    }
  }

  void snapshot(JsonGenerator g, Snapshot s) throws IOException {
    g.writeStartObject();
    g.writeStringField("Description", s.description());
    g.writeBooleanField("Encrypted", s.kmsKeyArn().isPresent());
    if (s.kmsKeyArn().isPresent()) {
      g.writeStringField("KmsKeyId", s.kmsKeyArn().get());
    }
    g.writeStringField("OwnerId", account);
    g.writeStringField("Progress", "100%");
    g.writeStringField("SnapshotId", s.id());
    g.writeStringField("StartTime", s.startTime());
    g.writeStringField("State", "completed");
    g.writeStringField("VolumeId", s.volumeId());
    g.writeNumberField("VolumeSize", s.sizeGiB());
    g.writeStringField("StorageTier", "standard");
    CliJson.tags(g, "Tags", "CreatedBy", s.description().startsWith("Daily") ? "aws-backup" : "ops");
    g.writeEndObject();
  }

  /** The create-volume permissions of a snapshot: who besides the owner may restore it. */
  void snapshotAttribute(Path file, Snapshot s) {
    CliJson.write(file, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("CreateVolumePermissions");
      if (s.publiclyRestorable()) {
        g.writeStartObject();
        g.writeStringField("Group", "all");
        g.writeEndObject();
      }
      if (s.sharedWithAccount().isPresent()) {
        g.writeStartObject();
        g.writeStringField("UserId", s.sharedWithAccount().get());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("SnapshotId", s.id());
      g.writeEndObject();
    });
  }

  void dbInstance(JsonGenerator g, VpcPlan v, Database d) throws IOException {
    g.writeStartObject();
    g.writeStringField("DBInstanceIdentifier", d.identifier());
    g.writeStringField("DBInstanceClass", d.instanceClass());
    g.writeStringField("Engine", d.engine());
    g.writeStringField("DBInstanceStatus", "available");
    g.writeStringField("MasterUsername", d.engine().equals("postgres") ? "postgres" : "admin");
    g.writeObjectFieldStart("Endpoint");
    g.writeStringField("Address", d.identifier() + ".c" + Integer.toHexString(account.hashCode() & 0xfffffff) + "." + region
        + ".rds.amazonaws.com");
    g.writeNumberField("Port", d.port());
    g.writeStringField("HostedZoneId", "Z2R2ITUGPM61AM");
    g.writeEndObject();
    g.writeNumberField("AllocatedStorage", 100);
    g.writeStringField("InstanceCreateTime", d.createTime());
    g.writeStringField("PreferredBackupWindow", "03:00-04:00");
    g.writeNumberField("BackupRetentionPeriod", d.backupRetentionDays());
    g.writeArrayFieldStart("DBSecurityGroups");
    g.writeEndArray();
    g.writeArrayFieldStart("VpcSecurityGroups");
    for (VpcPlan.SecurityGroup sg : d.eni().groups()) {
      g.writeStartObject();
      g.writeStringField("VpcSecurityGroupId", sg.id());
      g.writeStringField("Status", "active");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("AvailabilityZone", d.eni().subnet().availabilityZone());
    g.writeObjectFieldStart("DBSubnetGroup");
    g.writeStringField("DBSubnetGroupName", d.publiclyAccessible() ? "public-" + v.slot().index() : "data-" + v.slot().index());
    g.writeStringField("DBSubnetGroupDescription", "Subnets for RDS");
    g.writeStringField("VpcId", v.id());
    g.writeStringField("SubnetGroupStatus", "Complete");
    g.writeArrayFieldStart("Subnets");
    for (Subnet s : d.subnetGroup()) {
      g.writeStartObject();
      g.writeStringField("SubnetIdentifier", s.id());
      g.writeObjectFieldStart("SubnetAvailabilityZone");
      g.writeStringField("Name", s.availabilityZone());
      g.writeEndObject();
      g.writeObjectFieldStart("SubnetOutpost");
      g.writeEndObject();
      g.writeStringField("SubnetStatus", "Active");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("PreferredMaintenanceWindow", "sun:05:00-sun:06:00");
    g.writeBooleanField("MultiAZ", d.multiAz());
    g.writeStringField("EngineVersion", d.engineVersion());
    g.writeBooleanField("AutoMinorVersionUpgrade", true);
    g.writeStringField("LicenseModel", d.engine().equals("postgres") ? "postgresql-license" : "general-public-license");
    g.writeBooleanField("PubliclyAccessible", d.publiclyAccessible());
    g.writeStringField("StorageType", "gp3");
    g.writeNumberField("DbInstancePort", 0);
    g.writeBooleanField("StorageEncrypted", d.encrypted());
    if (d.kmsKeyArn().isPresent()) {
      g.writeStringField("KmsKeyId", d.kmsKeyArn().get());
    }
    g.writeStringField("DbiResourceId", d.resourceId());
    g.writeStringField("CACertificateIdentifier", "rds-ca-rsa2048-g1");
    g.writeBooleanField("CopyTagsToSnapshot", true);
    g.writeNumberField("MonitoringInterval", 0);
    g.writeStringField("DBInstanceArn", "arn:aws:rds:" + region + ":" + account + ":db:" + d.identifier());
    g.writeBooleanField("IAMDatabaseAuthenticationEnabled", false);
    g.writeBooleanField("PerformanceInsightsEnabled", false);
    g.writeBooleanField("DeletionProtection", true);
    CliJson.tags(g, "TagList", "Team", "data");
    g.writeEndObject();
  }
}
