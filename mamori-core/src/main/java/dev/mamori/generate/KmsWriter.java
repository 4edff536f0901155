package dev.mamori.generate;

import java.nio.file.Path;

/**
 * Writes each key's {@code describe-key}, {@code get-key-rotation-status} and
 * {@code get-key-policy} output under {@code <region>/kms/<key-id>/}. The key policy is a JSON
 * string inside {@code Policy}, as the CLI prints it.
 */
final class KmsWriter {
  private final String account;
  private final String region;
  private final String partnerAccount;

  KmsWriter(String account, String region, String partnerAccount) {
    this.account = account;
    this.region = region;
    this.partnerAccount = partnerAccount;
  }

  void write(Path regionDir, KmsKeyPlan k) {
    Path dir = regionDir.resolve("kms").resolve(k.id());
    CliJson.write(dir.resolve("describe-key.json"), g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("KeyMetadata");
      g.writeStringField("AWSAccountId", account);
      g.writeStringField("KeyId", k.id());
      g.writeStringField("Arn", k.arn());
      g.writeStringField("CreationDate", k.creationDate());
      g.writeBooleanField("Enabled", true);
      g.writeStringField("Description", k.description());
      g.writeStringField("KeyUsage", k.keyUsage());
      g.writeStringField("KeyState", "Enabled");
      g.writeStringField("Origin", "AWS_KMS");
      g.writeStringField("KeyManager", k.customerManaged() ? "CUSTOMER" : "AWS");
      g.writeStringField("CustomerMasterKeySpec", k.keySpec());
      g.writeStringField("KeySpec", k.keySpec());
      g.writeArrayFieldStart(k.keyUsage().equals("SIGN_VERIFY") ? "SigningAlgorithms" : "EncryptionAlgorithms");
      g.writeString(k.keyUsage().equals("SIGN_VERIFY") ? "RSASSA_PKCS1_V1_5_SHA_256" : "SYMMETRIC_DEFAULT");
      g.writeEndArray();
      g.writeBooleanField("MultiRegion", false);
      g.writeEndObject();
      g.writeEndObject();
    });
    // Rotation applies to symmetric keys only; for the others the call fails and nothing is saved.
    if (k.keyUsage().equals("ENCRYPT_DECRYPT")) {
      CliJson.write(dir.resolve("get-key-rotation-status.json"), g -> {
        g.writeStartObject();
        g.writeBooleanField("KeyRotationEnabled", k.rotationEnabled());
        g.writeStringField("KeyId", k.arn());
        if (k.rotationEnabled()) {
          g.writeNumberField("RotationPeriodInDays", 365);
        }
        g.writeEndObject();
      });
    }
    CliJson.write(dir.resolve("get-key-policy.json"), g -> {
      g.writeStartObject();
      g.writeStringField("Policy", policy(k));
      g.writeStringField("PolicyName", "default");
      g.writeEndObject();
    });
  }

  private String policy(KmsKeyPlan k) {
    String root = "{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + account + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}";
    String use = "[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:ReEncrypt*\",\"kms:GenerateDataKey*\",\"kms:DescribeKey\"]";
    return switch (k.policy()) {
      case DEFAULT -> "{\"Version\":\"2012-10-17\",\"Id\":\"key-consolepolicy-3\",\"Statement\":[" + root + "]}";
      case CROSS_ACCOUNT -> "{\"Version\":\"2012-10-17\",\"Id\":\"key-consolepolicy-3\",\"Statement\":[" + root
          + ",{\"Sid\":\"Allow use of the key by the backup account\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
          + partnerAccount + ":root\"},\"Action\":" + use + ",\"Resource\":\"*\"}]}";
      case PUBLIC -> "{\"Version\":\"2012-10-17\",\"Id\":\"key-vendor-share\",\"Statement\":[" + root
          + ",{\"Sid\":\"Vendors\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:Decrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"}]}";
      case AWS_SERVICE -> awsManagedPolicy(k, use);
    };
  }

  /** The policy AWS writes on its managed keys: any principal of the account, through one service only. */
  private String awsManagedPolicy(KmsKeyPlan k, String use) {
    String service = k.alias().substring("alias/aws/".length());
    return "{\"Version\":\"2012-10-17\",\"Id\":\"auto-" + service + "-2\",\"Statement\":[{\"Sid\":\"Allow access through "
        + service.toUpperCase(java.util.Locale.ROOT) + " for all principals in the account that are authorized to use " + service.toUpperCase(java.util.Locale.ROOT)
        + "\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":" + use
        + ",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:CallerAccount\":\"" + account
        + "\",\"kms:ViaService\":\"" + service + "." + region + ".amazonaws.com\"}}},{\"Sid\":\"Allow direct access to key metadata to the account\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + account + ":root\"},\"Action\":[\"kms:Describe*\",\"kms:Get*\",\"kms:List*\",\"kms:RevokeGrant\"],\"Resource\":\"*\"}]}";
  }
}
