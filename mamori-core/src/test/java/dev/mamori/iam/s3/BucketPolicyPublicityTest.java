package dev.mamori.iam.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.iam.policy.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The meaning of public" for bucket policies (Amazon S3 User Guide, "Blocking public access to
 * your Amazon S3 storage"), rule by rule, with the page's own examples.
 */
class BucketPolicyPublicityTest {

  private static Optional<Statement> publicStatementOf(String statements) {
    return BucketPolicyPublicity.firstPublicStatement(
        PolicyParser.parseOrThrow("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}", "test"));
  }

  private static boolean isPublic(String statement) {
    return publicStatementOf(statement).isPresent();
  }

  private static String allow(String principal, String condition) {
    return "{\"Sid\":\"S\",\"Effect\":\"Allow\",\"Principal\":" + principal
        + ",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::b/*\"" + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}";
  }

  @Test
  void thePagesPublicExamplesArePublic() {
    assertThat(isPublic(allow("{\"Federated\":\"graph.facebook.com\"}", ""))).isTrue();
    assertThat(isPublic(allow("\"*\"", ""))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"StringLike\":{\"aws:SourceVpc\":\"vpc-*\"}}"))).isTrue();
  }

  @Test
  void thePagesFixedSourceVpcExampleIsNotPublic() {
    assertThat(isPublic(allow("\"*\"", "{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-91237329\"}}"))).isFalse();
  }

  @Test
  void fixedPrincipalsAreNotPublicAndAWildcardAmongThemIs() {
    assertThat(isPublic(allow("{\"AWS\":\"arn:aws:iam::111122223333:root\"}", ""))).isFalse();
    assertThat(isPublic(allow("{\"AWS\":\"111122223333\"}", ""))).isFalse();
    assertThat(isPublic(allow("{\"Service\":\"cloudtrail.amazonaws.com\"}", ""))).isFalse();
    assertThat(isPublic(allow("{\"CanonicalUser\":\"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"}", ""))).isFalse();
    assertThat(isPublic(allow("{\"AWS\":[\"arn:aws:iam::111122223333:root\",\"*\"]}", ""))).isTrue();
    assertThat(isPublic(allow("{\"AWS\":\"*\"}", ""))).isTrue();
  }

  @Test
  void allowWithNotPrincipalGrantsEveryoneElseAndIsPublic() {
    assertThat(isPublic("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
        + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws:PrincipalOrgID", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:SourceArn", "aws:SourceVpc",
      "aws:SourceVpce", "aws:SourceOwner", "aws:SourceAccount", "s3:x-amz-server-side-encryption-aws-kms-key-id", "aws:userid",
      "s3:DataAccessPointAccount"})
  void aListedKeyPinnedToFixedValuesMakesTheStatementNonPublic(String key) {
    assertThat(isPublic(allow("\"*\"", "{\"StringEquals\":{\"" + key + "\":\"fixed-value-1\"}}"))).isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"StringEquals\":{\"" + key + "\":[\"fixed-1\",\"fixed-2\"]}}"))).isFalse();
    // A wildcard or a policy variable in any value leaves it public.
    assertThat(isPublic(allow("\"*\"", "{\"StringLike\":{\"" + key + "\":[\"fixed-1\",\"fix*\"]}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"StringEquals\":{\"" + key + "\":\"${aws:username}\"}}"))).isTrue();
  }

  @Test
  void aKeyOutsideTheListPinsNothing() {
    assertThat(isPublic(allow("\"*\"", "{\"StringEquals\":{\"aws:Referer\":\"https://shop.example.com/\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}"))).isTrue();
  }

  @Test
  void operatorsThatHoldOnAMissingKeyPinNothing() {
    // StringNotEquals, ...IfExists and ForAllValues: are all true for a caller without the key.
    assertThat(isPublic(allow("\"*\"", "{\"StringNotEquals\":{\"aws:SourceVpc\":\"vpc-1\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"StringEqualsIfExists\":{\"aws:SourceVpc\":\"vpc-1\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"ForAllValues:StringEquals\":{\"aws:PrincipalOrgID\":\"o-1\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"ForAnyValue:StringEquals\":{\"aws:PrincipalOrgID\":\"o-1\"}}"))).isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:cloudtrail:eu-west-1:111122223333:trail/t\"}}"))).isFalse();
  }

  @Test
  void sourceIpRangesUpToSlash8ForIpv4AndSlash32ForIpv6AreNotPublic() {
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"))).isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"198.51.100.7\"}}"))).isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}"))).isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"2001:db8::/32\"}}"))).isFalse();
    // "Bucket policies that grant access conditioned on the aws:SourceIp condition key with very
    // broad IP ranges (for example, 0.0.0.0/1) are evaluated as public."
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/1\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"64.0.0.0/7\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":\"2001::/31\"}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"0.0.0.0/0\"]}}"))).isTrue();
    assertThat(isPublic(allow("\"*\"", "{\"NotIpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"))).isTrue();
  }

  @Test
  void anAccessPointArnMayWildcardOnlyTheAccessPointName() {
    assertThat(isPublic(allow("\"*\"", "{\"ArnLike\":{\"s3:DataAccessPointArn\":\"arn:aws:s3:us-west-2:123456789012:accesspoint/*\"}}")))
        .isFalse();
    assertThat(isPublic(allow("\"*\"", "{\"ArnLike\":{\"s3:DataAccessPointArn\":\"arn:aws:s3:us-west-2:*:accesspoint/*\"}}"))).isTrue();
  }

  @Test
  void denyStatementsGrantNothingAndNeverMakeAPolicyPublic() {
    assertThat(isPublic("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}")).isFalse();
  }

  @Test
  void onePublicStatementMakesTheWholePolicyPublicAndIsTheOneNamed() {
    Optional<Statement> first = publicStatementOf(allow("{\"Service\":\"cloudtrail.amazonaws.com\"}", "") + ","
        + allow("{\"AWS\":\"arn:aws:iam::222222222222:root\"}", "") + ","
        + "{\"Sid\":\"Everyone\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}");
    assertThat(first).map(Statement::label).contains("Everyone");
  }
}
