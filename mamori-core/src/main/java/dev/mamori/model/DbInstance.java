package dev.mamori.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An RDS DB instance. */
public record DbInstance(
    String id,
    String arn,
    String accountId,
    String region,
    String instanceClass,
    String engine,
    String engineVersion,
    String status,
    boolean storageEncrypted,
    Optional<String> kmsKeyId,
    boolean publiclyAccessible,
    List<String> vpcSecurityGroupIds,
    Optional<String> vpcId,
    List<String> subnetIds,
    Optional<String> endpointAddress,
    Optional<Integer> endpointPort,
    Optional<String> clusterId,
    int backupRetentionPeriodDays,
    boolean multiAz,
    Map<String, String> tags) {

  public DbInstance {
    vpcSecurityGroupIds = List.copyOf(vpcSecurityGroupIds);
    subnetIds = List.copyOf(subnetIds);
    tags = Map.copyOf(tags);
  }
}
