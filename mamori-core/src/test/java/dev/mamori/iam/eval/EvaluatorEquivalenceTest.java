package dev.mamori.iam.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded random policy sets and requests: the optimised evaluator must give exactly the
 * reference evaluator's result (decision, reasons and blocking policy kind) every time. The
 * vocabulary is small on purpose, so that patterns, principals and condition keys collide often.
 */
class EvaluatorEquivalenceTest {
  private static final long SEED = 20261128L;
  private static final int POLICY_SETS = 3_000;
  private static final int REQUESTS_PER_SET = 4;

  private static final String[] ACTIONS = {"s3:GetObject", "s3:PutObject", "s3:ListBucket", "kms:Decrypt", "iam:PassRole",
      "sts:AssumeRole", "ec2:RunInstances", "s3:PutBucketPolicy"};
  private static final String[] ACTION_PATTERNS = {"*", "s3:*", "s3:Get*", "S3:getobject", "kms:*", "s3:?utObject",
      "iam:PassRole", "ec2:Run*", "sts:AssumeRole", "s3:PutBucketPolicy"};
  private static final String[] RESOURCES = {"arn:aws:s3:::bucket", "arn:aws:s3:::bucket/home/alice/file",
      "arn:aws:s3:::other/x", "arn:aws:kms:us-east-1:111122223333:key/k1", "arn:aws:iam::111122223333:role/r1"};
  private static final String[] RESOURCE_PATTERNS = {"*", "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*",
      "arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::*/x", "arn:aws:kms:*:111122223333:key/*",
      "arn:aws:iam::*:role/r?", "arn:aws:s3:::BUCKET/*", "arn:aws:s3:::bucket/home/${aws:username, 'bob'}/*",
      "arn:aws:s3:::*/home/${aws:username}/*"};
  private static final String[] PRINCIPALS = {"arn:aws:iam::111122223333:user/alice", "arn:aws:iam::111122223333:root",
      "arn:aws:sts::111122223333:assumed-role/r1/s", "arn:aws:iam::444455556666:user/eve", "anonymous",
      "arn:aws:iam::111122223333:role/r1", "111122223333"};
  private static final String[] PRINCIPAL_VALUES = {"\"*\"", "{\"AWS\":\"*\"}", "{\"AWS\":\"111122223333\"}",
      "{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}", "{\"AWS\":\"arn:aws:iam::111122223333:role/r1\"}",
      "{\"AWS\":[\"arn:aws:iam::444455556666:root\",\"arn:aws:sts::111122223333:assumed-role/r1/s\"]}",
      "{\"Service\":\"s3.amazonaws.com\"}"};
  private static final String[] CONDITIONS = {"{\"StringEquals\":{\"aws:username\":\"alice\"}}",
      "{\"StringNotEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}", "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}",
      "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}", "{\"NotIpAddress\":{\"aws:SourceIp\":[\"10.0.0.0/8\",\"192.0.2.1\"]}}",
      "{\"NumericLessThan\":{\"s3:max-keys\":\"10\"}}", "{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2020-01-01T00:00:00Z\"}}",
      "{\"ForAllValues:StringLike\":{\"aws:TagKeys\":[\"team*\",\"env\"]}}",
      "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"env\"}}", "{\"StringLikeIfExists\":{\"s3:prefix\":\"home/*\"}}",
      "{\"Null\":{\"aws:SourceIp\":\"true\"}}", "{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::*:user/*\"}}",
      "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"${aws:username}\"}}",
      "{\"ForAnyValue:StringEqualsIgnoreCase\":{\"aws:TagKeys\":[\"ENV\",\"Owner\"]}}",
      "{\"ForAllValues:StringNotLike\":{\"aws:TagKeys\":\"team*\"}}",
      "{\"NumericGreaterThanEqualsIfExists\":{\"s3:max-keys\":[\"5\",\"x\"]}}",
      "{\"DateLessThan\":{\"aws:CurrentTime\":\"1700000000\"}}",
      "{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:sts::*:assumed-role/*\"}}",
      "{\"BoolIfExists\":{\"aws:SecureTransport\":\"TRUE\"}}",
      "{\"StringLike\":{\"aws:username\":\"${aws:PrincipalTag/team}*\"}}",
      "{\"ArnEquals\":{\"aws:PrincipalArn\":\"${aws:PrincipalArn}\"}}"};

  @Test
  void optimisedEvaluatorAgreesWithTheReference() {
    Random random = new Random(SEED);
    FastEvaluator fast = new FastEvaluator();
    ReferenceEvaluator reference = new ReferenceEvaluator();
    int decisions = 0;
    int allowed = 0;
    for (int i = 0; i < POLICY_SETS; i++) {
      PolicySet set = randomSet(random);
      FastEvaluator.Compiled compiled = fast.compile(set);
      for (int j = 0; j < REQUESTS_PER_SET; j++) {
        AuthorizationRequest request = randomRequest(random);
        AuthorizationResult expected = reference.authorize(set, request);
        assertThat(compiled.authorize(request)).as("set %d request %d: %s%n%s", i, j, request, set).isEqualTo(expected);
        decisions++;
        allowed += expected.allowed() ? 1 : 0;
      }
    }
    // The generator must exercise both outcomes, or the comparison proves little.
    assertThat(allowed).isBetween(decisions / 50, decisions - decisions / 50);
  }

  private static PolicySet randomSet(Random r) {
    PolicySet.Builder b = PolicySet.builder().identityPolicies(policies(r, 3, false, "id"));
    if (r.nextBoolean()) {
      b.resourcePolicy(policy(r, true, "resource"));
    }
    if (r.nextInt(4) == 0) {
      b.resourceAcl(Optional.of(policy(r, true, "acl")));
    }
    if (r.nextInt(4) == 0) {
      b.permissionsBoundaries(policies(r, 1, false, "boundary"));
    }
    if (r.nextInt(5) == 0) {
      b.sessionPolicy(Optional.of(policy(r, false, "session")));
    }
    if (r.nextInt(4) == 0) {
      b.serviceControlPolicies(List.of(new OrgPolicyLevel("r-1", policies(r, 2, false, "scp-root")),
          new OrgPolicyLevel("ou-1", policies(r, 1, false, "scp-ou"))));
    }
    if (r.nextInt(6) == 0) {
      b.resourceControlPolicies(List.of(new OrgPolicyLevel("r-1", policies(r, 1, true, "rcp"))));
    }
    b.resourcePolicyKind(ResourcePolicyKind.values()[r.nextInt(ResourcePolicyKind.values().length)]);
    return b.build();
  }

  private static List<Policy> policies(Random r, int max, boolean withPrincipal, String name) {
    List<Policy> out = new ArrayList<>();
    int n = 1 + r.nextInt(max);
    for (int i = 0; i < n; i++) {
      out.add(policy(r, withPrincipal, name + i));
    }
    return out;
  }

  private static Policy policy(Random r, boolean withPrincipal, String name) {
    int statements = 1 + r.nextInt(3);
    List<String> json = new ArrayList<>();
    for (int i = 0; i < statements; i++) {
      StringBuilder s = new StringBuilder("{");
      if (r.nextBoolean()) {
        s.append("\"Sid\":\"S").append(i).append("\",");
      }
      s.append("\"Effect\":\"").append(r.nextInt(4) == 0 ? "Deny" : "Allow").append("\",");
      if (withPrincipal && r.nextInt(8) != 0) {
        s.append(r.nextInt(6) == 0 ? "\"NotPrincipal\":" : "\"Principal\":").append(pick(r, PRINCIPAL_VALUES)).append(",");
      }
      s.append(r.nextInt(6) == 0 ? "\"NotAction\":" : "\"Action\":").append(list(r, ACTION_PATTERNS)).append(",");
      s.append(r.nextInt(6) == 0 ? "\"NotResource\":" : "\"Resource\":").append(list(r, RESOURCE_PATTERNS));
      if (r.nextInt(3) == 0) {
        s.append(",\"Condition\":").append(pick(r, CONDITIONS));
      }
      json.add(s.append("}").toString());
    }
    String version = r.nextInt(8) == 0 ? "2008-10-17" : "2012-10-17";
    return PolicyParser.parseOrThrow("{\"Version\":\"" + version + "\",\"Statement\":[" + String.join(",", json) + "]}", name);
  }

  private static AuthorizationRequest randomRequest(Random r) {
    RequestPrincipal principal = RequestPrincipal.parse(pick(r, PRINCIPALS)).orElseThrow();
    RequestContext.Builder context = RequestContext.builder();
    if (r.nextBoolean()) {
      context.add("aws:username", r.nextBoolean() ? "alice" : "bob");
    }
    if (r.nextBoolean()) {
      context.add("aws:SourceIp", r.nextBoolean() ? "10.1.2.3" : "192.0.2.1");
    }
    if (r.nextBoolean()) {
      context.add("aws:SecureTransport", r.nextBoolean() ? "true" : "false");
    }
    if (r.nextBoolean()) {
      principal.accountId().ifPresent(a -> context.add("aws:PrincipalAccount", a));
    }
    if (r.nextBoolean()) {
      context.add("aws:CurrentTime", r.nextBoolean() ? "2019-06-01T00:00:00Z" : "2026-11-28T12:00:00Z");
    }
    int tags = r.nextInt(3);
    if (tags > 0) {
      context.putAll("aws:TagKeys", r.ints(tags, 0, 3).mapToObj(i -> new String[] {"env", "team-a", "owner"}[i])
          .collect(Collectors.toList()));
    }
    if (r.nextBoolean()) {
      context.add("s3:max-keys", Integer.toString(r.nextInt(20)));
    }
    if (r.nextBoolean()) {
      context.add("aws:PrincipalTag/team", r.nextBoolean() ? "alice" : "x");
    }
    if (r.nextBoolean()) {
      context.add("aws:PrincipalArn", principal.arn());
    }
    Optional<String> resourceAccount = r.nextInt(4) == 0 ? Optional.empty()
        : Optional.of(r.nextBoolean() ? "111122223333" : "444455556666");
    return new AuthorizationRequest(principal, pick(r, ACTIONS), pick(r, RESOURCES), resourceAccount, context.build());
  }

  private static String list(Random r, String[] values) {
    if (r.nextBoolean()) {
      return "\"" + pick(r, values) + "\"";
    }
    return "[\"" + pick(r, values) + "\",\"" + pick(r, values) + "\"]";
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
