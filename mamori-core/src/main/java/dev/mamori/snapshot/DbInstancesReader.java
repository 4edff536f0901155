package dev.mamori.snapshot;

import dev.mamori.model.DbInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws rds describe-db-instances}: each instance with its network placement (the subnet
 * group's VPC and subnets, the VPC security groups) and its endpoint.
 */
final class DbInstancesReader implements SectionReader {
  /** Fields AWS prints that no engine or check uses. */
  private static final String[] UNUSED = {
    "AutomaticRestartTime", "MasterUsername", "DBName", "AllocatedStorage", "InstanceCreateTime", "PreferredBackupWindow",
    "DBSecurityGroups", "DBParameterGroups", "AvailabilityZone", "PreferredMaintenanceWindow", "UpgradeRolloutOrder",
    "PendingModifiedValues", "LatestRestorableTime", "AutoMinorVersionUpgrade", "ReadReplicaSourceDBInstanceIdentifier",
    "ReadReplicaDBInstanceIdentifiers", "ReadReplicaDBClusterIdentifiers", "ReplicaMode", "LicenseModel", "Iops",
    "StorageThroughput", "OptionGroupMemberships", "CharacterSetName", "NcharCharacterSetName",
    "SecondaryAvailabilityZone", "StatusInfos", "StorageType", "TdeCredentialArn", "DbInstancePort", "DbiResourceId",
    "CACertificateIdentifier", "DomainMemberships", "CopyTagsToSnapshot", "MonitoringInterval",
    "EnhancedMonitoringResourceArn", "MonitoringRoleArn", "PromotionTier", "Timezone", "IAMDatabaseAuthenticationEnabled",
    "DatabaseInsightsMode", "PerformanceInsightsEnabled", "PerformanceInsightsKMSKeyId",
    "PerformanceInsightsRetentionPeriod", "EnabledCloudwatchLogsExports", "ProcessorFeatures", "DeletionProtection",
    "AssociatedRoles", "ListenerEndpoint", "MaxAllocatedStorage", "AutomationMode", "ResumeFullAutomationModeTime",
    "CustomerOwnedIpEnabled", "NetworkType", "ActivityStreamStatus", "ActivityStreamKmsKeyId",
    "ActivityStreamKinesisStreamName", "ActivityStreamMode", "ActivityStreamEngineNativeAuditFieldsIncluded",
    "ActivityStreamPolicyStatus", "AwsBackupRecoveryPointArn", "DBInstanceAutomatedBackupsReplications", "BackupTarget",
    "CustomIamInstanceProfile", "CertificateDetails", "DBSystemId", "MasterUserSecret",
    "ReadReplicaSourceDBClusterIdentifier", "PercentProgress", "MultiTenant", "DedicatedLogVolume",
    "IsStorageConfigUpgradeAvailable", "EngineLifecycleSupport", "StorageVolumeStatus", "AdditionalStorageVolumes",
    "Domain", "DomainIAMRoleName", "SecondaryStorageVolumes",
  };

  @Override
  public String key() {
    return "DBInstances";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    n.ignore(UNUSED);
    String id = n.text("DBInstanceIdentifier");
    Optional<String> arn = n.optNonEmptyText("DBInstanceArn");
    Optional<String> az = n.optNonEmptyText("AvailabilityZone");
    String region = ctx.regionOf(file).or(() -> arn.flatMap(Arns::region)).orElseGet(() -> Regions.of(file, ctx, az));
    Optional<String> arnAccount = arn.flatMap(Arns::account);
    arnAccount.ifPresent(ctx::voteAccount);
    List<String> groups = new ArrayList<>();
    for (Node g : n.objects("VpcSecurityGroups")) {
      g.ignore("Status");
      groups.add(g.text("VpcSecurityGroupId"));
    }
    Optional<Node> subnetGroup = n.optObject("DBSubnetGroup");
    List<String> subnets = subnetGroup.map(DbInstancesReader::subnets).orElse(List.of());
    Optional<Node> endpoint = n.optObject("Endpoint").map(e -> e.ignore("HostedZoneId"));
    String status = n.optText("DBInstanceStatus").orElse("");
    DbInstance db = new DbInstance(id, arn.orElse(""), "", region, n.optText("DBInstanceClass").orElse(""),
        n.optText("Engine").orElse(""), n.optText("EngineVersion").orElse(""), status, n.bool("StorageEncrypted", false),
        n.optNonEmptyText("KmsKeyId"), n.bool("PubliclyAccessible", false), groups,
        subnetGroup.flatMap(g -> g.optNonEmptyText("VpcId")), subnets, endpoint.flatMap(e -> e.optNonEmptyText("Address")),
        endpoint.flatMap(e -> e.optInteger("Port")), n.optNonEmptyText("DBClusterIdentifier"),
        n.optInteger("BackupRetentionPeriod").orElse(0), n.bool("MultiAZ", false), n.tags("TagList"));
    Optional<String> known = arnAccount.or(file::account);
    ctx.assembly.whenAccountKnown(account -> ctx.model.add(withAccount(db, known.orElse(account))));
    arn.ifPresent(a -> ctx.model.source(a, file.relative()));
    ctx.model.source(id, file.relative());
  }

  private static List<String> subnets(Node group) {
    group.ignore("DBSubnetGroupName", "DBSubnetGroupDescription", "SubnetGroupStatus", "DBSubnetGroupArn",
        "SupportedNetworkTypes");
    List<String> ids = new ArrayList<>();
    for (Node s : group.objects("Subnets")) {
      s.ignore("SubnetStatus", "SubnetAvailabilityZone", "SubnetOutpost");
      ids.add(s.text("SubnetIdentifier"));
    }
    return ids;
  }

  /** The instance in its account; an output without an ARN gets the one AWS would print. */
  private static DbInstance withAccount(DbInstance d, String account) {
    String arn = d.arn().isEmpty() ? "arn:aws:rds:" + d.region() + ":" + account + ":db:" + d.id() : d.arn();
    return new DbInstance(d.id(), arn, account, d.region(), d.instanceClass(), d.engine(), d.engineVersion(),
        d.status(), d.storageEncrypted(), d.kmsKeyId(), d.publiclyAccessible(), d.vpcSecurityGroupIds(), d.vpcId(),
        d.subnetIds(), d.endpointAddress(), d.endpointPort(), d.clusterId(), d.backupRetentionPeriodDays(), d.multiAz(),
        d.tags());
  }
}
