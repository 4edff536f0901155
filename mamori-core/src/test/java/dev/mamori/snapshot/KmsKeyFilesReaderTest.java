package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.KmsKey;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmsKeyFilesReaderTest {
  private static final String DIR = "111122223333/eu-west-1/kms/k-1/";
  private static final String DESCRIBE = """
      {"KeyMetadata": {"AWSAccountId": "111122223333", "KeyId": "k-1",
        "Arn": "arn:aws:kms:eu-west-1:111122223333:key/k-1", "CreationDate": "2024-01-01T00:00:00+00:00",
        "Enabled": true, "Description": "orders", "KeyUsage": "ENCRYPT_DECRYPT", "KeyState": "Enabled",
        "Origin": "AWS_KMS", "KeyManager": "CUSTOMER", "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",
        "KeySpec": "SYMMETRIC_DEFAULT", "EncryptionAlgorithms": ["SYMMETRIC_DEFAULT"], "MultiRegion": false}}
      """;

  @TempDir Path tmp;

  @Test
  void keyFolderGivesMetadataRotationAndPolicy() {
    new SnapshotDir(tmp)
        .file(DIR + "describe-key.json", DESCRIBE)
        .file(DIR + "get-key-rotation-status.json", "{\"KeyRotationEnabled\": false, \"KeyId\": \"k-1\"}")
        .file(DIR + "get-key-policy.json", "{\"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}\", "
            + "\"PolicyName\": \"default\"}");
    KmsKey k = SnapshotReader.read(tmp).kmsKey("arn:aws:kms:eu-west-1:111122223333:key/k-1").orElseThrow();
    assertThat(k.isCustomerManaged()).isTrue();
    assertThat(k.supportsRotation()).isTrue();
    assertThat(k.rotationEnabled()).isEqualTo(Collected.present(false));
    assertThat(k.policy().asOptional().orElseThrow().json()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
  }

  @Test
  void missingPartsAreNotCollectedAndUnsupportedRotationIsAbsent() {
    new SnapshotDir(tmp)
        .file(DIR + "describe-key.json", DESCRIBE)
        .file(DIR + "get-key-rotation-status.json", "{\"Error\": {\"Code\": \"UnsupportedOperationException\"}}");
    KmsKey k = SnapshotReader.read(tmp).kmsKey("k-1").orElseThrow();
    assertThat(k.rotationEnabled().isConfirmedAbsent()).isTrue();
    assertThat(k.policy().isCollected()).isFalse();
  }

  @Test
  void accessDeniedIsAWarningAndNotCollected() {
    new SnapshotDir(tmp)
        .file(DIR + "describe-key.json", DESCRIBE)
        .file(DIR + "get-key-policy.json", "{\"Error\": {\"Code\": \"AccessDeniedException\", \"Message\": \"no\"}}");
    CloudModel m = SnapshotReader.read(tmp);
    assertThat(m.kmsKey("k-1").orElseThrow().policy().isCollected()).isFalse();
    assertThat(m.warnings()).extracting(Object::toString).containsExactly(DIR + "get-key-policy.json at $.Error.Code: "
        + "AWS answered AccessDeniedException when the key policy of k-1 was read; treated as not collected");
  }

  @Test
  void keyPolicyThatIsNotJsonIsAnError() {
    new SnapshotDir(tmp)
        .file(DIR + "describe-key.json", DESCRIBE)
        .file(DIR + "get-key-policy.json", "{\"Policy\": \"{\\\"Version\\\": \"}");
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOfSatisfying(InvalidSnapshotException.class,
        e -> assertThat(e.errors().get(0).toString()).startsWith(DIR + "get-key-policy.json:1 at $.Policy: "
            + "the policy is not valid JSON: Unexpected end-of-input"));
  }

  @Test
  void describeKeyOfAnotherKeyThanTheFolderIsAnError() {
    new SnapshotDir(tmp).file("111122223333/eu-west-1/kms/k-2/describe-key.json", DESCRIBE);
    assertThatThrownBy(() -> SnapshotReader.read(tmp)).isInstanceOfSatisfying(InvalidSnapshotException.class,
        e -> assertThat(e.errors().get(0).message()).isEqualTo("expected the key of this folder, k-2, found k-1"));
  }

  @Test
  void listKeysIsAcceptedSilently() {
    new SnapshotDir(tmp).file("eu-west-1/kms/list-keys.json",
        "{\"Keys\": [{\"KeyId\": \"k-1\", \"KeyArn\": \"arn:aws:kms:eu-west-1:111122223333:key/k-1\"}], \"Truncated\": false}");
    assertThat(SnapshotReader.read(tmp).warnings()).isEmpty();
  }
}
