package dev.mamori.iam.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.Decision;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.LambdaFunction;
import dev.mamori.model.PolicyDocument;
import org.junit.jupiter.api.Test;

class AccountAuthorizerTest {
  private static final CloudModel MODEL = SyntheticIamModel.build(200);
  private static final AccountAuthorizer IAM = new AccountAuthorizer(MODEL);

  private static RequestPrincipal user(int i) {
    return IAM.principal("arn:aws:iam::" + SyntheticIamModel.ACCOUNT + ":user/user" + i).orElseThrow();
  }

  @Test
  void usesManagedPoliciesAndDerivesTheUsername() {
    assertThat(IAM.can(user(1), "s3:PutObject", "arn:aws:s3:::data/home/user1/f", RequestContext.empty()).decision())
        .isEqualTo(Decision.ALLOWED);
    assertThat(IAM.can(user(1), "s3:PutObject", "arn:aws:s3:::data/home/user2/f", RequestContext.empty()).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void missingKeysStayMissing() {
    // aws:SecureTransport is not derivable: the deny on "false" does not apply unless the caller says so.
    assertThat(IAM.can(user(1), "s3:GetObject", "arn:aws:s3:::data/x", RequestContext.empty()).decision())
        .isEqualTo(Decision.ALLOWED);
    RequestContext insecure = RequestContext.builder().add("aws:SecureTransport", "false").build();
    assertThat(IAM.can(user(1), "s3:GetObject", "arn:aws:s3:::data/x", insecure).decision())
        .isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void whoCanReportsPublicAccess() {
    WhoCan publicObject = IAM.whoCan("s3:GetObject", "arn:aws:s3:::data/public/report.pdf", RequestContext.empty());
    assertThat(publicObject.isPublic()).isTrue();
    WhoCan privateObject = IAM.whoCan("s3:GetObject", "arn:aws:s3:::data/private/x", RequestContext.empty());
    assertThat(privateObject.isPublic()).isFalse();
    assertThat(privateObject.allowed()).extracting(PrincipalDecision::arn)
        .contains("arn:aws:iam::" + SyntheticIamModel.ACCOUNT + ":user/user3", "arn:aws:iam::" + SyntheticIamModel.ACCOUNT + ":root");
  }

  @Test
  void largeWhoCanDecidesInParallelAndInOrderExactlyAsOneByOne() {
    // 2,500 users: above the threshold from which who-can runs on all cores.
    AccountAuthorizer large = new AccountAuthorizer(SyntheticIamModel.build(2_500));
    String resource = "arn:aws:s3:::data/home/user7/f";
    RequestContext context = RequestContext.builder().add("aws:SecureTransport", "true").build();
    WhoCan answer = large.whoCan("s3:PutObject", resource, context);
    AccountAuthorizer fresh = new AccountAuthorizer(SyntheticIamModel.build(2_500));
    java.util.List<PrincipalDecision> oneByOne = fresh.principals().stream()
        .map(p -> new PrincipalDecision(p.arn(), fresh.can(p, "s3:PutObject", resource, context)))
        .toList();
    assertThat(answer.decisions().subList(0, oneByOne.size())).isEqualTo(oneByOne);
    assertThat(answer.allowed()).extracting(PrincipalDecision::arn)
        .contains("arn:aws:iam::" + SyntheticIamModel.ACCOUNT + ":user/user7")
        .doesNotContain("arn:aws:iam::" + SyntheticIamModel.ACCOUNT + ":user/user8");
  }

  @Test
  void aFunctionPolicyLetsAnotherAccountIn() {
    String account = SyntheticIamModel.ACCOUNT;
    String open = "arn:aws:lambda:eu-west-1:" + account + ":function:open";
    String closed = "arn:aws:lambda:eu-west-1:" + account + ":function:closed";
    CloudModel model = CloudModel.builder().accountId(account)
        .add(new LambdaFunction("open", open, account, "eu-west-1", Collected.present(new PolicyDocument(
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::444455556666:root\"},\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"" + open + "\"}}"))))
        .add(new LambdaFunction("closed", closed, account, "eu-west-1", Collected.absent("ResourceNotFoundException")))
        .build();
    AccountAuthorizer iam = new AccountAuthorizer(model);
    RequestPrincipal eve = iam.principal("arn:aws:iam::444455556666:user/eve").orElseThrow();
    assertThat(iam.can(eve, "lambda:InvokeFunction", open, RequestContext.empty()).decision()).isEqualTo(Decision.ALLOWED);
    assertThat(iam.can(eve, "lambda:InvokeFunction", closed, RequestContext.empty()).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(iam.whoCan("lambda:InvokeFunction", open, RequestContext.empty()).isPublic()).isFalse();
  }

  @Test
  void answersTheAuditQuestions() {
    AccessQuestions questions = new AccessQuestions(IAM);
    assertThat(questions.isBucketPublic(MODEL.bucket("data").orElseThrow())).isTrue();
    assertThat(questions.isBucketPublic(MODEL.bucket("locked").orElseThrow())).isFalse();
    assertThat(questions.bucketPolicyLocksEveryoneOut(MODEL.bucket("locked").orElseThrow())).isTrue();
    assertThat(questions.bucketPolicyLocksEveryoneOut(MODEL.bucket("data").orElseThrow())).isFalse();
    assertThat(IAM.can(IAM.principal("root").orElseThrow(), "s3:DeleteBucketPolicy", "arn:aws:s3:::locked",
        RequestContext.empty()).decision()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void outsideCallersAreCheckedOnTheResourceSideOnly() {
    RequestPrincipal eve = IAM.principal("arn:aws:iam::444455556666:user/eve").orElseThrow();
    assertThat(IAM.can(eve, "s3:GetObject", "arn:aws:s3:::data/public/a", RequestContext.empty()).decision())
        .isEqualTo(Decision.ALLOWED);
    assertThat(IAM.can(eve, "s3:GetObject", "arn:aws:s3:::data/private/a", RequestContext.empty()).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }
}
