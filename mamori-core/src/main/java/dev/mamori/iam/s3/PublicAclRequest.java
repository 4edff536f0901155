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
  private static final Set<String> ACL_SETTING_ACTIONS =
      Set.of("s3:putobject", "s3:putobjectacl", "s3:putobjectversionacl", "s3:putbucketacl");
  /** The canned ACLs that grant to AllUsers or AuthenticatedUsers (S3 User Guide, "Canned ACL"). */
  private static final Set<String> PUBLIC_CANNED_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
  private static final List<String> GRANT_KEYS = List.of("s3:x-amz-grant-read", "s3:x-amz-grant-write",
      "s3:x-amz-grant-read-acp", "s3:x-amz-grant-write-acp", "s3:x-amz-grant-full-control");
  private static final List<String> PUBLIC_GROUPS =
      List.of("acs.amazonaws.com/groups/global/allusers", "acs.amazonaws.com/groups/global/authenticatedusers");

  private PublicAclRequest() {}

  public static boolean setsPublicAcl(String action, RequestContext context) {
    // Asked on every S3 decision: rule out the other actions before lower-casing (which allocates).
    if (!action.regionMatches(true, 0, "s3:Put", 0, 6) || !ACL_SETTING_ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
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
