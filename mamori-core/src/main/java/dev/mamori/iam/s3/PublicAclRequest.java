package dev.mamori.iam.s3;

import dev.mamori.iam.condition.RequestContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request sets a public ACL, which BlockPublicAcls rejects: "PUT Bucket ACL and PUT
 * Object ACL calls fail if the specified ACL is public. PUT Object calls fail if the request
 * includes a public ACL." (Amazon S3 API Reference, PublicAccessBlockConfiguration). The request's
 * ACL is what its ACL condition keys say ({@code s3:x-amz-acl}, {@code s3:x-amz-grant-*}, given
 * with {@code --context}); an ACL sent in the request body has no condition key, so a request
 * described without those keys sets no public ACL as far as a decision can tell.
 */
public final class PublicAclRequest {
  private static final List<String> ACL_SETTING_ACTIONS =
      List.of("s3:PutObject", "s3:PutObjectAcl", "s3:PutObjectVersionAcl", "s3:PutBucketAcl");
  /** The canned ACLs that grant to AllUsers or AuthenticatedUsers (S3 User Guide, "Canned ACL"). */
  private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
  private static final List<String> GRANT_KEYS = List.of("s3:x-amz-grant-read", "s3:x-amz-grant-write",
      "s3:x-amz-grant-read-acp", "s3:x-amz-grant-write-acp", "s3:x-amz-grant-full-control");
  private static final List<String> PUBLIC_GROUPS =
      List.of("acs.amazonaws.com/groups/global/allusers", "acs.amazonaws.com/groups/global/authenticatedusers");

  private PublicAclRequest() {}

  /** Whether the action can set an ACL at all (asked on every S3 decision, so without allocating). */
  public static boolean isAclSettingAction(String action) {
    if (!action.regionMatches(true, 0, "s3:Put", 0, 6)) {
      return false;
    }
    for (String a : ACL_SETTING_ACTIONS) {
      if (a.equalsIgnoreCase(action)) {
        return true;
      }
    }
    return false;
  }

  public static boolean setsPublicAcl(String action, RequestContext context) {
    if (!isAclSettingAction(action)) {
      return false;
    }
    if (context.values("s3:x-amz-acl").orElse(List.of()).stream()
        .anyMatch(v -> PUBLIC_CANNED_ACLS.contains(v.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    for (String key : GRANT_KEYS) {
      for (String grantees : context.values(key).orElse(List.of())) {
        String g = grantees.toLowerCase(Locale.ROOT);
        if (PUBLIC_GROUPS.stream().anyMatch(g::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
