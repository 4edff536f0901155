package dev.mamori.iam.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per evaluation rule of DESIGN.md ("Semantics that must be exact", IAM). Each would
 * fail if the rule were implemented the other way; both evaluators must agree on every case.
 */
class EvaluationRulesTest {
  private static final String ACCOUNT = "111122223333";
  private static final String OTHER = "444455556666";
  private static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/alice";
  private static final String BUCKET = "arn:aws:s3:::bucket";
  private static final String OBJECT = "arn:aws:s3:::bucket/key";

  private static Policy policy(String statements) {
    return PolicyParser.parseOrThrow("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}", "p");
  }

  private static String allow(String action, String resource) {
    return "{\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}";
  }

  private static String deny(String action, String resource) {
    return allow(action, resource).replace("Allow", "Deny");
  }

  private static String grant(String effect, String principal, String action, String resource) {
    return "{\"Effect\":\"" + effect + "\",\"Principal\":" + principal + ",\"Action\":\"" + action
        + "\",\"Resource\":\"" + resource + "\"}";
  }

  private static AuthorizationRequest request(String principal, String action, String resource, String resourceAccount,
      RequestContext context) {
    return new AuthorizationRequest(RequestPrincipal.parse(principal).orElseThrow(), action, resource,
        Optional.of(resourceAccount), context);
  }

  private static Decision decide(PolicySet set, AuthorizationRequest request) {
    AuthorizationResult fast = new FastEvaluator().authorize(set, request);
    assertThat(new ReferenceEvaluator().authorize(set, request)).isEqualTo(fast);
    return fast.decision();
  }

  private static Decision decide(PolicySet set, String principal, String action, String resource) {
    return decide(set, request(principal, action, resource, ACCOUNT, RequestContext.empty()));
  }

  @Test
  void explicitDenyInAnyPolicyWins() {
    PolicySet set = PolicySet.builder().identityPolicies(List.of(policy(allow("s3:*", "*"))))
        .resourcePolicy(policy(grant("Deny", "\"*\"", "s3:GetObject", OBJECT))).build();
    assertThat(decide(set, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(decide(set, ALICE, "s3:PutObject", OBJECT)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void nothingAllowedMeansImplicitDeny() {
    assertThat(decide(PolicySet.identityOnly(List.of()), ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void everyScpLevelMustAllowAndScpsBindTheRootUser() {
    PolicySet set = PolicySet.builder().identityPolicies(List.of(policy(allow("*", "*"))))
        .serviceControlPolicies(List.of(new OrgPolicyLevel("r-1", List.of(policy(allow("*", "*")))),
            new OrgPolicyLevel("ou-1", List.of(policy(allow("ec2:*", "*")))))).build();
    assertThat(decide(set, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(set, ALICE, "ec2:RunInstances", "*")).isEqualTo(Decision.ALLOWED);
    assertThat(decide(set, "arn:aws:iam::" + ACCOUNT + ":root", "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void rootUserIsNotLimitedByIdentityPoliciesButByResourcePolicyDenies() {
    String root = "arn:aws:iam::" + ACCOUNT + ":root";
    assertThat(decide(PolicySet.identityOnly(List.of()), root, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    PolicySet denying = PolicySet.builder().resourcePolicy(policy(grant("Deny", "\"*\"", "s3:*", "*"))).build();
    assertThat(decide(denying, root, "s3:GetObject", OBJECT)).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void bucketOwnersRootCanAlwaysManageTheBucketPolicy() {
    PolicySet lockout = PolicySet.builder().resourcePolicy(policy(grant("Deny", "\"*\"", "s3:*", "*"))).build();
    String root = "arn:aws:iam::" + ACCOUNT + ":root";
    for (String action : List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy")) {
      assertThat(decide(lockout, root, action, BUCKET)).as(action).isEqualTo(Decision.ALLOWED);
      assertThat(decide(lockout, ALICE, action, BUCKET)).as(action).isEqualTo(Decision.EXPLICIT_DENY);
    }
    AuthorizationRequest otherRoot = request("arn:aws:iam::" + OTHER + ":root", "s3:PutBucketPolicy", BUCKET, ACCOUNT,
        RequestContext.empty());
    assertThat(decide(lockout, otherRoot)).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void sameAccountResourcePolicyNamingTheUserGrantsOnItsOwnEvenPastTheBoundary() {
    PolicySet set = PolicySet.builder()
        .resourcePolicy(policy(grant("Allow", "{\"AWS\":\"" + ALICE + "\"}", "s3:GetObject", OBJECT)))
        .permissionsBoundaries(List.of(policy(allow("ec2:*", "*")))).build();
    assertThat(decide(set, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void resourcePolicyNamingTheRoleStillLeavesTheRoleSessionsBoundaryInForce() {
    String session = "arn:aws:sts::" + ACCOUNT + ":assumed-role/app/s1";
    PolicySet.Builder b = PolicySet.builder().resourcePolicy(policy(grant("Allow",
        "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":role/path/app\"}", "s3:GetObject", OBJECT)));
    assertThat(decide(b.build(), session, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    b.permissionsBoundaries(List.of(policy(allow("ec2:*", "*"))));
    assertThat(decide(b.build(), session, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void resourcePolicyNamingTheAccountDelegatesToIdentityPolicies() {
    PolicySet.Builder b = PolicySet.builder()
        .resourcePolicy(policy(grant("Allow", "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}", "s3:GetObject", OBJECT)));
    assertThat(decide(b.build(), ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
    b.identityPolicies(List.of(policy(allow("s3:GetObject", "*"))));
    assertThat(decide(b.build(), ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void crossAccountNeedsBothSides() {
    String eve = "arn:aws:iam::" + OTHER + ":user/eve";
    Policy grantToEve = policy(grant("Allow", "{\"AWS\":\"" + eve + "\"}", "s3:GetObject", OBJECT));
    Policy identity = policy(allow("s3:GetObject", "*"));
    assertThat(decide(PolicySet.builder().resourcePolicy(grantToEve).build(), eve, "s3:GetObject", OBJECT))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(PolicySet.identityOnly(List.of(identity)), eve, "s3:GetObject", OBJECT))
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(PolicySet.builder().resourcePolicy(grantToEve).identityPolicies(List.of(identity)).build(),
        eve, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void boundaryAndSessionPolicyIntersectWithIdentityPolicies() {
    String session = "arn:aws:sts::" + ACCOUNT + ":assumed-role/app/s1";
    PolicySet.Builder b = PolicySet.builder().identityPolicies(List.of(policy(allow("s3:*", "*"))))
        .permissionsBoundaries(List.of(policy(allow("s3:Get*", "*"))));
    assertThat(decide(b.build(), session, "s3:PutObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(b.build(), session, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    b.sessionPolicy(Optional.of(policy(allow("s3:List*", "*"))));
    assertThat(decide(b.build(), session, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void kmsKeyPolicyMustAllowOrDelegateToTheAccount() {
    String key = "arn:aws:kms:us-east-1:" + ACCOUNT + ":key/k";
    PolicySet.Builder b = PolicySet.builder().identityPolicies(List.of(policy(allow("kms:*", "*"))))
        .resourcePolicyKind(ResourcePolicyKind.KMS_KEY_POLICY);
    assertThat(decide(b.build(), ALICE, "kms:Decrypt", key)).isEqualTo(Decision.IMPLICIT_DENY);
    b.resourcePolicy(policy(grant("Allow", "{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"}", "kms:*", "*")));
    assertThat(decide(b.build(), ALICE, "kms:Decrypt", key)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void missingKeyMakesPlainOperatorsFalseAndNegatedOnesTrue() {
    PolicySet plain = PolicySet.identityOnly(List.of(policy(
        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}}")));
    PolicySet negated = PolicySet.identityOnly(List.of(policy(
        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}}")));
    PolicySet ifExists = PolicySet.identityOnly(List.of(policy(
        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEqualsIfExists\":{\"aws:SourceVpc\":\"vpc-1\"}}}")));
    assertThat(decide(plain, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(negated, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(ifExists, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void forAllValuesIsTrueOnAMissingKeyAndForAnyValueFalse() {
    PolicySet all = PolicySet.identityOnly(List.of(policy(
        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAllValues:StringEquals\":{\"aws:TagKeys\":\"env\"}}}")));
    PolicySet any = PolicySet.identityOnly(List.of(policy(
        "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"env\"}}}")));
    assertThat(decide(all, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(any, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
    RequestContext tags = RequestContext.builder().add("aws:TagKeys", "env").add("aws:TagKeys", "team").build();
    assertThat(decide(all, request(ALICE, "s3:GetObject", OBJECT, ACCOUNT, tags))).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(any, request(ALICE, "s3:GetObject", OBJECT, ACCOUNT, tags))).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void valuesOfOneKeyAreOredWhileKeysAreAnded() {
    PolicySet set = PolicySet.identityOnly(List.of(policy("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
        + "\"Condition\":{\"StringEquals\":{\"aws:username\":[\"alice\",\"bob\"],\"aws:PrincipalAccount\":\"" + ACCOUNT + "\"}}}")));
    RequestContext bob = RequestContext.builder().add("aws:username", "bob").add("aws:PrincipalAccount", ACCOUNT).build();
    RequestContext bobOnly = RequestContext.builder().add("aws:username", "bob").build();
    assertThat(decide(set, request(ALICE, "s3:GetObject", OBJECT, ACCOUNT, bob))).isEqualTo(Decision.ALLOWED);
    assertThat(decide(set, request(ALICE, "s3:GetObject", OBJECT, ACCOUNT, bobOnly))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void policyVariablesOnlyIn2012Version() {
    String statement = allow("s3:GetObject", "arn:aws:s3:::bucket/${aws:username}/*");
    Policy v2012 = PolicyParser.parseOrThrow("{\"Version\":\"2012-10-17\",\"Statement\":" + statement + "}", "v2012");
    Policy v2008 = PolicyParser.parseOrThrow("{\"Version\":\"2008-10-17\",\"Statement\":" + statement + "}", "v2008");
    RequestContext alice = RequestContext.builder().add("aws:username", "alice").build();
    AuthorizationRequest own = request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/alice/f", ACCOUNT, alice);
    AuthorizationRequest literal = request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/${aws:username}/f", ACCOUNT, alice);
    assertThat(decide(PolicySet.identityOnly(List.of(v2012)), own)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(PolicySet.identityOnly(List.of(v2008)), own)).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(PolicySet.identityOnly(List.of(v2008)), literal)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void variableDefaultsAndEscapes() {
    Policy p = policy(allow("s3:GetObject", "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'shared'}/${*}"));
    assertThat(decide(PolicySet.identityOnly(List.of(p)), ALICE, "s3:GetObject", "arn:aws:s3:::bucket/shared/*"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(decide(PolicySet.identityOnly(List.of(p)), ALICE, "s3:GetObject", "arn:aws:s3:::bucket/shared/x"))
        .as("${*} is a literal asterisk, not a wildcard").isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void actionsAreCaseInsensitiveAndResourcesCaseSensitive() {
    PolicySet set = PolicySet.identityOnly(List.of(policy(allow("S3:getobj?ct", "arn:aws:s3:::bucket/*"))));
    assertThat(decide(set, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(set, ALICE, "s3:GetObject", "arn:aws:s3:::BUCKET/key")).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void notActionNotResourceAndNotPrincipal() {
    PolicySet set = PolicySet.builder().identityPolicies(List.of(policy(
        "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"NotResource\":\"arn:aws:s3:::secret/*\"}")))
        .resourcePolicy(policy("{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"" + ALICE + "\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}"))
        .build();
    assertThat(decide(set, ALICE, "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(set, ALICE, "iam:CreateUser", "*")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(set, ALICE, "s3:GetObject", "arn:aws:s3:::secret/x")).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(decide(set, "arn:aws:iam::" + ACCOUNT + ":user/bob", "s3:GetObject", OBJECT)).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void anonymousCallersNeedAResourcePolicyGrantingEveryone() {
    PolicySet set = PolicySet.builder().resourcePolicy(policy(grant("Allow", "\"*\"", "s3:GetObject", "arn:aws:s3:::bucket/*")))
        .build();
    assertThat(decide(set, "anonymous", "s3:GetObject", OBJECT)).isEqualTo(Decision.ALLOWED);
    assertThat(decide(set, "anonymous", "s3:PutObject", OBJECT)).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void decisionsNameTheStatementsThatMadeThem() {
    PolicySet set = PolicySet.identityOnly(List.of(PolicyParser.parseOrThrow(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"*\"},"
            + "{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/secret\"}]}", "arn:aws:iam::1:policy/p")));
    AuthorizationResult allowed = new FastEvaluator().authorize(set, request(ALICE, "s3:GetObject", OBJECT, ACCOUNT, RequestContext.empty()));
    assertThat(allowed.reasons()).containsExactly(
        new Reason(PolicyKind.IDENTITY, "arn:aws:iam::1:policy/p", "Read", dev.mamori.iam.policy.Effect.ALLOW));
    AuthorizationResult denied = new FastEvaluator().authorize(set,
        request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/secret", ACCOUNT, RequestContext.empty()));
    assertThat(denied.reasons()).containsExactly(
        new Reason(PolicyKind.IDENTITY, "arn:aws:iam::1:policy/p", "1", dev.mamori.iam.policy.Effect.DENY));
  }
}
