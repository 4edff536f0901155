package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.CreateVolumePermission;
import dev.mamori.model.EbsSnapshot;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volumes, snapshots and their permissions, encryption by default. */
class EbsReadersTest {
  @TempDir Path tmp;

  @Test
  void volumeGetsTheSnapshotAccountAndItsAttachments() {
    new SnapshotDir(tmp)
        .file("111122223333/eu-west-1/volumes.json", """
            {"Volumes": [{"VolumeId": "vol-1", "AvailabilityZone": "eu-west-1a", "Encrypted": true, "KmsKeyId": "arn:k",
              "Size": 8, "VolumeType": "gp3", "State": "in-use", "SnapshotId": "", "CreateTime": "2024-01-02T03:04:05.000Z",
              "Attachments": [{"InstanceId": "i-1", "State": "attached", "Device": "/dev/xvda", "VolumeId": "vol-1",
                "AttachTime": "2024-01-02T03:04:05.000Z", "DeleteOnTermination": true}],
              "Iops": 3000, "Throughput": 125, "MultiAttachEnabled": false}]}
            """);
    var v = SnapshotReader.read(tmp).volume("vol-1").orElseThrow();
    assertThat(v.accountId()).isEqualTo("111122223333");
    assertThat(v.region()).isEqualTo("eu-west-1");
    assertThat(v.encrypted()).isTrue();
    assertThat(v.snapshotId()).isEmpty();
    assertThat(v.attachedInstanceIds()).containsExactly("i-1");
  }

  @Test
  void volumeWithoutAccountFolderTakesTheAccountOtherOutputsName() {
    new SnapshotDir(tmp)
        .file("us-east-1/volumes.json", "{\"Volumes\": [{\"VolumeId\": \"vol-1\", \"AvailabilityZone\": \"us-east-1a\"}]}")
        .file("us-east-1/vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"OwnerId\": \"444455556666\"}]}");
    assertThat(SnapshotReader.read(tmp).volume("vol-1").orElseThrow().accountId()).isEqualTo("444455556666");
  }

  @Test
  void snapshotPermissionsArePutTogetherWhateverTheFileOrder() {
    new SnapshotDir(tmp)
        .file("us-east-1/a-permissions-public.json", """
            {"SnapshotId": "snap-public", "CreateVolumePermissions": [{"Group": "all"}]}
            """)
        .file("us-east-1/b-snapshots.json", """
            {"Snapshots": [
              {"SnapshotId": "snap-public", "OwnerId": "111122223333", "VolumeId": "vol-1", "Encrypted": false,
               "State": "completed", "VolumeSize": 8, "StartTime": "2024-01-01T00:00:00.000Z", "Progress": "100%"},
              {"SnapshotId": "snap-private", "OwnerId": "111122223333", "VolumeId": "vol-1", "Encrypted": true},
              {"SnapshotId": "snap-unknown", "OwnerId": "111122223333", "VolumeId": "vol-1", "Encrypted": true}]}
            """)
        .file("us-east-1/c-permissions-private.json", """
            {"SnapshotId": "snap-private", "CreateVolumePermissions": []}
            """);
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.ebsSnapshot("snap-public").orElseThrow().createVolumePermissions().asOptional().orElseThrow())
        .singleElement().satisfies(p -> assertThat(p.isPublic()).isTrue());
    assertThat(m.ebsSnapshot("snap-private").orElseThrow().createVolumePermissions())
        .isEqualTo(Collected.present(List.<CreateVolumePermission>of()));
    assertThat(m.ebsSnapshot("snap-unknown").map(EbsSnapshot::createVolumePermissions))
        .contains(Collected.notCollected());
  }

  @Test
  void permissionOfAnUnlistedSnapshotIsAWarning() {
    new SnapshotDir(tmp).file("us-east-1/perm.json",
        "{\"SnapshotId\": \"snap-x\", \"CreateVolumePermissions\": [{\"UserId\": \"123456789012\"}]}");
    assertThat(SnapshotReader.read(tmp).warnings()).extracting(Object::toString).containsExactly(
        "us-east-1/perm.json at $.SnapshotId: create-volume permissions of snap-x, a snapshot that no describe-snapshots "
            + "output lists; ignored");
  }

  @Test
  void encryptionByDefaultAndItsKeyArePerRegion() {
    new SnapshotDir(tmp)
        .file("111122223333/us-east-1/get-ebs-encryption-by-default.json", "{\"EbsEncryptionByDefault\": true, \"SseType\": \"sse-ebs\"}")
        .file("111122223333/us-east-1/get-ebs-default-kms-key-id.json", "{\"KmsKeyId\": \"alias/aws/ebs\"}")
        .file("111122223333/us-west-2/get-ebs-encryption-by-default.json", "{\"EbsEncryptionByDefault\": false}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.ebsEncryptionDefaults()).containsExactlyInAnyOrder(
        new dev.mamori.model.EbsEncryptionDefault("111122223333", "us-east-1", true, Optional.of("alias/aws/ebs")),
        new dev.mamori.model.EbsEncryptionDefault("111122223333", "us-west-2", false, Optional.empty()));
    assertThat(m.warnings()).isEmpty();
  }
}
