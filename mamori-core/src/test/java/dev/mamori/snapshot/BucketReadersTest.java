package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.Bucket;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list-buckets, per-bucket configuration files, the account-level public access block. */
class BucketReadersTest {
  private static final String S3 = "111122223333/global/s3/";

  @TempDir Path tmp;

  private static SnapshotDir withBucket(Path root) {
    return new SnapshotDir(root).file(S3 + "list-buckets.json", """
        {"Buckets": [{"Name": "logs", "CreationDate": "2020-01-01T00:00:00+00:00"}],
         "Owner": {"DisplayName": "me", "ID": "abc"}}
        """);
  }

  @Test
  void everyConfigurationIsPresentAbsentOrNotCollected() {
    withBucket(tmp)
        .file(S3 + "logs/get-bucket-policy.json", "{\"Error\": {\"Code\": \"NoSuchBucketPolicy\", \"Message\": \"none\"}}")
        .file(S3 + "logs/get-bucket-encryption.json", """
            {"ServerSideEncryptionConfiguration": {"Rules": [{"ApplyServerSideEncryptionByDefault":
              {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": "arn:aws:kms:us-east-1:111122223333:key/k"},
              "BucketKeyEnabled": true}]}}
            """)
        .file(S3 + "logs/get-bucket-versioning.json", "{}")
        .file(S3 + "logs/get-bucket-location.json", "{\"LocationConstraint\": \"EU\"}")
        .file(S3 + "logs/get-public-access-block.json",
            "{\"Error\": {\"Code\": \"NoSuchPublicAccessBlockConfiguration\"}}");
    Bucket b = SnapshotReader.read(tmp).bucket("logs").orElseThrow();
    assertThat(b.accountId()).isEqualTo("111122223333");
    assertThat(b.creationDate()).isPresent();
    assertThat(b.policy()).isEqualTo(Collected.absent("NoSuchBucketPolicy"));
    assertThat(b.encryption().asOptional().orElseThrow().rules().get(0).bucketKeyEnabled()).isTrue();
    assertThat(b.versioning().asOptional().orElseThrow().enabled()).isFalse();
    assertThat(b.region()).isEqualTo(Collected.present("eu-west-1"));
    assertThat(b.publicAccessBlock().isConfirmedAbsent()).isTrue();
    assertThat(b.replication().isCollected()).isFalse();
    assertThat(b.acl().isCollected()).isFalse();
  }

  @Test
  void nullLocationIsUsEast1() {
    withBucket(tmp).file(S3 + "logs/get-bucket-location.json", "{\"LocationConstraint\": null}");
    assertThat(SnapshotReader.read(tmp).bucket("logs").orElseThrow().region()).isEqualTo(Collected.present("us-east-1"));
  }

  @Test
  void accessDeniedLeavesItNotCollectedWithAWarning() {
    withBucket(tmp).file(S3 + "logs/get-bucket-policy.json", "{\"Error\": {\"Code\": \"AccessDenied\"}}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.bucket("logs").orElseThrow().policy().isCollected()).isFalse();
    assertThat(m.warnings()).extracting(Object::toString).containsExactly(S3 + "logs/get-bucket-policy.json at "
        + "$.Error.Code: AWS answered AccessDenied when get-bucket-policy of bucket logs was read; treated as not collected");
  }

  @Test
  void aclGrantsAndPublicGroups() {
    withBucket(tmp).file(S3 + "logs/get-bucket-acl.json", """
        {"Owner": {"ID": "abc"}, "Grants": [
          {"Grantee": {"Type": "CanonicalUser", "ID": "abc", "DisplayName": "me"}, "Permission": "FULL_CONTROL"},
          {"Grantee": {"Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"}, "Permission": "READ"}]}
        """);
    var acl = SnapshotReader.read(tmp).bucket("logs").orElseThrow().acl().asOptional().orElseThrow();
    assertThat(acl.grants()).filteredOn(g -> g.isPublic()).singleElement()
        .satisfies(g -> assertThat(g.permission()).isEqualTo("READ"));
  }

  @Test
  void replicationAndObjectLock() {
    withBucket(tmp)
        .file(S3 + "logs/get-bucket-replication.json", """
            {"ReplicationConfiguration": {"Role": "arn:aws:iam::111122223333:role/r", "Rules": [{"ID": "all",
              "Priority": 1, "Filter": {}, "Status": "Enabled", "DeleteMarkerReplication": {"Status": "Disabled"},
              "Destination": {"Bucket": "arn:aws:s3:::backup", "Account": "999988887777"}}]}}
            """)
        .file(S3 + "logs/get-object-lock-configuration.json", "{\"Error\": {\"Code\": \"ObjectLockConfigurationNotFoundError\"}}");
    Bucket b = SnapshotReader.read(tmp).bucket("logs").orElseThrow();
    assertThat(b.replication().asOptional().orElseThrow().rules()).singleElement()
        .satisfies(r -> assertThat(r.destinationAccount()).contains("999988887777"));
    assertThat(b.objectLock().isConfirmedAbsent()).isTrue();
  }

  @Test
  void bucketKnownOnlyFromItsFolderIsKept() {
    new SnapshotDir(tmp).file(S3 + "orphan/get-bucket-versioning.json", "{\"Status\": \"Suspended\"}");
    assertThat(SnapshotReader.read(tmp).bucket("orphan").orElseThrow().versioning().asOptional().orElseThrow().status())
        .isEqualTo("Suspended");
  }

  @Test
  void unknownBucketFileIsAWarning() {
    withBucket(tmp).file(S3 + "logs/get-bucket-inventory.json", "{}");
    assertThat(SnapshotReader.read(tmp).warnings()).singleElement()
        .satisfies(w -> assertThat(w.message()).startsWith("not a bucket configuration Mamori reads"));
  }

  @Test
  void impossibleVersioningStatusIsAnError() {
    withBucket(tmp).file(S3 + "logs/get-bucket-versioning.json", "{\"Status\": \"On\"}");
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).hasMessage(
        S3 + "logs/get-bucket-versioning.json:1 at $.Status: expected Enabled or Suspended, found \"On\"");
  }

  @Test
  void accountLevelBlock() {
    new SnapshotDir(tmp).file("111122223333/global/s3control/get-public-access-block.json", """
        {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true, "IgnorePublicAcls": true,
          "BlockPublicPolicy": false, "RestrictPublicBuckets": true}}
        """);
    var block = SnapshotReader.read(tmp).accountPublicAccessBlock().asOptional().orElseThrow();
    assertThat(block.blockPublicPolicy()).isFalse();
    assertThat(block.allBlocked()).isFalse();
  }
}
