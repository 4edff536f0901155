package dev.mamori.iam.eval;

import java.util.Locale;
import java.util.Set;

/**
 * What sets the account root user apart in evaluation. The root user is not limited by identity
 * policies (it has none), is limited by SCPs in member accounts and by explicit denies in
 * resource policies, except that the root user of the account that owns a bucket can always get,
 * put and delete that bucket's policy: the way out of a bucket policy that locks everyone out
 * (Amazon S3 User Guide, "Bucket policies"; IAM User Guide, "Tasks that require root user
 * credentials").
 */
public final class RootUserRules {
  private static final Set<String> BUCKET_POLICY_ACTIONS =
      Set.of("s3:getbucketpolicy", "s3:putbucketpolicy", "s3:deletebucketpolicy");

  private RootUserRules() {}

  /** True when a bucket policy Deny does not count for this request. */
  public static boolean bypassesBucketPolicy(AuthorizationRequest request) {
    return bypassesBucketPolicy(request, request.action().toLowerCase(Locale.ROOT));
  }

  /** The same, for a caller that has already lower-cased the action (once per request). */
  static boolean bypassesBucketPolicy(AuthorizationRequest request, String lowerCaseAction) {
    return request.principal() instanceof RequestPrincipal.RootUser root
        && request.resourceAccount().map(a -> a.equals(root.account())).orElse(true)
        && BUCKET_POLICY_ACTIONS.contains(lowerCaseAction)
        && request.resource().startsWith("arn:") && request.resource().contains(":s3:::");
  }
}
