package dev.mamori.iam.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.condition.RequestContext;
import org.junit.jupiter.api.Test;

/** A request sets a public ACL through a public canned ACL or a grant header naming AllUsers or AuthenticatedUsers. */
class PublicAclRequestTest {
  private static RequestContext with(String key, String value) {
    return RequestContext.builder().add(key, value).build();
  }

  @Test
  void publicCannedAclsArePublic() {
    for (String canned : new String[] {"public-read", "public-read-write", "authenticated-read"}) {
      assertThat(PublicAclRequest.setsPublicAcl("s3:PutObject", with("s3:x-amz-acl", canned))).as(canned).isTrue();
    }
    for (String canned : new String[] {"private", "bucket-owner-full-control", "log-delivery-write", "aws-exec-read"}) {
      assertThat(PublicAclRequest.setsPublicAcl("s3:PutObject", with("s3:x-amz-acl", canned))).as(canned).isFalse();
    }
  }

  @Test
  void grantHeadersNamingAPublicGroupArePublic() {
    assertThat(PublicAclRequest.setsPublicAcl("s3:PutBucketAcl",
        with("s3:x-amz-grant-read", "uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""))).isTrue();
    assertThat(PublicAclRequest.setsPublicAcl("s3:PutObjectAcl",
        with("s3:x-amz-grant-full-control", "uri=http://acs.amazonaws.com/groups/global/AuthenticatedUsers"))).isTrue();
    assertThat(PublicAclRequest.setsPublicAcl("s3:PutObject", with("s3:x-amz-grant-read", "id=\"79a59df9\""))).isFalse();
  }

  @Test
  void onlyRequestsThatSetAnAclCount() {
    assertThat(PublicAclRequest.setsPublicAcl("s3:GetObject", with("s3:x-amz-acl", "public-read"))).isFalse();
    assertThat(PublicAclRequest.setsPublicAcl("s3:PutObject", RequestContext.empty())).isFalse();
  }
}
