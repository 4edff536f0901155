package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.DbInstance;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbInstancesReaderTest {
  @TempDir Path tmp;

  @Test
  void instanceIsPlacedThroughItsSubnetGroup() {
    new SnapshotDir(tmp).file("eu-west-1/rds.json", """
        {"DBInstances": [{"DBInstanceIdentifier": "orders", "DBInstanceClass": "db.t3.micro", "Engine": "postgres",
          "EngineVersion": "16.3", "DBInstanceStatus": "available", "StorageEncrypted": true, "KmsKeyId": "arn:aws:kms:k",
          "PubliclyAccessible": false, "MultiAZ": true, "BackupRetentionPeriod": 7,
          "DBInstanceArn": "arn:aws:rds:eu-west-1:111122223333:db:orders",
          "Endpoint": {"Address": "orders.abc.eu-west-1.rds.amazonaws.com", "Port": 5432, "HostedZoneId": "Z1"},
          "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db", "Status": "active"}],
          "DBSubnetGroup": {"DBSubnetGroupName": "db", "VpcId": "vpc-1", "SubnetGroupStatus": "Complete",
            "Subnets": [{"SubnetIdentifier": "subnet-a", "SubnetStatus": "Active",
              "SubnetAvailabilityZone": {"Name": "eu-west-1a"}}]},
          "TagList": [{"Key": "team", "Value": "orders"}]}]}
        """);
    DbInstance db = SnapshotReader.read(tmp).dbInstance("orders").orElseThrow();
    assertThat(db.accountId()).isEqualTo("111122223333");
    assertThat(db.vpcId()).contains("vpc-1");
    assertThat(db.subnetIds()).containsExactly("subnet-a");
    assertThat(db.vpcSecurityGroupIds()).containsExactly("sg-db");
    assertThat(db.endpointAddress()).contains("orders.abc.eu-west-1.rds.amazonaws.com");
    assertThat(db.endpointPort()).contains(5432);
    assertThat(db.storageEncrypted()).isTrue();
    assertThat(db.tags()).containsEntry("team", "orders");
  }

  @Test
  void instanceWithoutArnGetsTheOneAwsWouldPrint() {
    new SnapshotDir(tmp)
        .file("222233334444/us-east-1/rds.json", "{\"DBInstances\": [{\"DBInstanceIdentifier\": \"legacy\"}]}");
    assertThat(SnapshotReader.read(tmp).dbInstance("legacy").orElseThrow().arn())
        .isEqualTo("arn:aws:rds:us-east-1:222233334444:db:legacy");
  }
}
