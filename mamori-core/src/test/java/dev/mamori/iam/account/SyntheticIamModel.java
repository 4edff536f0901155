package dev.mamori.iam.account;

import dev.mamori.model.Bucket;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.IamRole;
import dev.mamori.model.IamUser;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.ManagedPolicy;
import dev.mamori.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated account for IAM tests and benchmarks: {@code users} users sharing a few managed
 * policies (some with an inline policy or a boundary), a few roles, and buckets with policies.
 */
public final class SyntheticIamModel {
  public static final String ACCOUNT = "111122223333";

  private SyntheticIamModel() {}

  public static CloudModel build(int users) {
    CloudModel.Builder b = CloudModel.builder().accountId(ACCOUNT);
    b.add(managed("ReadData", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Read\",\"Effect\":\"Allow\","
        + "\"Action\":[\"s3:Get*\",\"s3:List*\"],\"Resource\":[\"arn:aws:s3:::data\",\"arn:aws:s3:::data/*\"]}]}"));
    b.add(managed("WriteOwnHome", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\","
        + "\"Resource\":\"arn:aws:s3:::data/home/${aws:username}/*\"},{\"Effect\":\"Deny\",\"Action\":\"s3:*\","
        + "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"));
    b.add(managed("Admin", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}"));
    b.add(managed("Boundary", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"kms:*\"],\"Resource\":\"*\"}}"));
    for (int i = 0; i < users; i++) {
      String name = "user" + i;
      List<String> attached = i % 100 == 0 ? List.of(arn("Admin"), arn("ReadData")) : List.of(arn("ReadData"), arn("WriteOwnHome"));
      List<InlinePolicy> inline = i % 7 == 0 ? List.of(new InlinePolicy("deny-delete", new PolicyDocument(
          "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}}")))
          : List.of();
      b.add(new IamUser(name, "AIDA" + i, "arn:aws:iam::" + ACCOUNT + ":user/" + name, "/", Optional.empty(), List.of(),
          inline, attached, i % 5 == 0 ? Optional.of(arn("Boundary")) : Optional.empty(), Map.of()));
    }
    for (int i = 0; i < 10; i++) {
      String name = "role" + i;
      b.add(new IamRole(name, "AROA" + i, "arn:aws:iam::" + ACCOUNT + ":role/" + name, "/", Optional.empty(),
          new PolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
              + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}}"),
          List.of(), List.of(arn("ReadData")), Optional.empty(), List.of(), Optional.empty(), Map.of()));
    }
    b.add(bucket("data", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecure\",\"Effect\":\"Deny\","
        + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::data\",\"arn:aws:s3:::data/*\"],"
        + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},{\"Sid\":\"PublicReports\",\"Effect\":\"Allow\","
        + "\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::data/public/*\"}]}"));
    b.add(bucket("locked", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\","
        + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::locked\",\"arn:aws:s3:::locked/*\"]}}"));
    return b.build();
  }

  private static String arn(String policyName) {
    return "arn:aws:iam::" + ACCOUNT + ":policy/" + policyName;
  }

  private static ManagedPolicy managed(String name, String json) {
    return new ManagedPolicy(name, "ANPA" + name, arn(name), "/", "v1", Optional.of(new PolicyDocument(json)), 1,
        Optional.empty(), Optional.empty());
  }

  private static Bucket bucket(String name, String policy) {
    return new Bucket(name, ACCOUNT, Optional.empty(), Collected.present("us-east-1"),
        Collected.present(new PolicyDocument(policy)), Collected.notCollected(), Collected.notCollected(),
        Collected.notCollected(), Collected.notCollected(), Collected.notCollected(), Collected.notCollected());
  }
}
