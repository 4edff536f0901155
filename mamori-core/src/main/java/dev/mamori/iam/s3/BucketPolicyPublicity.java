package dev.mamori.iam.s3;

import dev.mamori.iam.condition.BaseOperator;
import dev.mamori.iam.condition.ConditionOperator;
import dev.mamori.iam.condition.OperatorFamily;
import dev.mamori.iam.condition.SetQualifier;
import dev.mamori.iam.policy.ConditionClause;
import dev.mamori.iam.policy.Effect;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PrincipalBlock;
import dev.mamori.iam.policy.PrincipalEntry;
import dev.mamori.iam.policy.PrincipalKind;
import dev.mamori.iam.policy.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether S3 considers a bucket policy public, as the Amazon S3 User Guide defines it ("Blocking
 * public access to your Amazon S3 storage", "The meaning of public"): S3 "begins by assuming that
 * the policy is public", and a policy is non-public only when it grants access "only to fixed
 * values (values that don't contain a wildcard or an AWS Identity and Access Management Policy
 * Variable)" of a principal or of one of the listed condition keys.
 *
 * <p>Read per Allow statement: a statement is non-public when its Principal names only fixed AWS
 * principals, accounts, canonical users or service principals, or when one of its conditions pins
 * a listed key to fixed values. Deny statements grant nothing. Actions do not matter: S3 "reviews
 * policies for current actions and any potential actions". A condition pins a key only when it
 * must hold for the request to match: a negated operator, {@code ...IfExists} and
 * {@code ForAllValues:} are true when the key is missing, so they pin nothing.
 */
public final class BucketPolicyPublicity {
  /**
   * The keys the page lists (lower-cased), plus the principal keys its first item stands for
   * ("An AWS principal, user, role, or service principal (e.g. aws:PrincipalOrgID)").
   */
  private static final Set<String> FIXING_KEYS = Set.of(
      "aws:principalorgid", "aws:principalaccount", "aws:principalarn",
      "aws:sourcearn", "aws:sourcevpc", "aws:sourcevpce", "aws:sourceowner", "aws:sourceaccount",
      "s3:x-amz-server-side-encryption-aws-kms-key-id", "aws:userid", "s3:dataaccesspointaccount");
  private static final String SOURCE_IP = "aws:sourceip";
  private static final String ACCESS_POINT_ARN = "s3:dataaccesspointarn";
  /** "values broader than /8 for IPv4 and /32 for IPv6 ... are evaluated as public". */
  private static final int NARROWEST_PUBLIC_IPV4 = 8;
  private static final int NARROWEST_PUBLIC_IPV6 = 32;

  private BucketPolicyPublicity() {}

  /** The first statement that makes the policy public; empty when the policy is non-public. */
  public static Optional<Statement> firstPublicStatement(Policy policy) {
    return policy.statements().stream().filter(BucketPolicyPublicity::isPublic).findFirst();
  }

  static boolean isPublic(Statement s) {
    if (s.effect() != Effect.ALLOW || s.principal().isEmpty()) {
      // A bucket policy statement without a Principal applies to no one (the evaluator skips it too).
      return false;
    }
    return !namesFixedPrincipals(s.principal().get()) && s.conditions().stream().noneMatch(BucketPolicyPublicity::pinsKey);
  }

  /**
   * A Principal of fixed AWS principals, accounts, canonical users or service principals. Federated
   * principals are not in the page's list, and its first example of a public policy is one
   * ({@code "Federated": "graph.facebook.com"}): anyone who signs in there.
   */
  private static boolean namesFixedPrincipals(PrincipalBlock block) {
    if (block.negated() || block.entries().isEmpty()) {
      return false;
    }
    for (PrincipalEntry e : block.entries()) {
      boolean fixedKind = e.kind() == PrincipalKind.AWS || e.kind() == PrincipalKind.SERVICE
          || e.kind() == PrincipalKind.CANONICAL_USER;
      if (!fixedKind || e.isWildcard() || !isFixed(e.value())) {
        return false;
      }
    }
    return true;
  }

  private static boolean pinsKey(ConditionClause c) {
    if (c.operator().isEmpty() || c.values().isEmpty()) {
      return false;
    }
    ConditionOperator op = c.operator().get();
    if (op.base().negated() || op.ifExists() || op.qualifier() == SetQualifier.FOR_ALL_VALUES) {
      return false;
    }
    String key = c.key().toLowerCase(Locale.ROOT);
    if (key.equals(SOURCE_IP)) {
      return op.base() == BaseOperator.IP_ADDRESS && c.values().stream().allMatch(BucketPolicyPublicity::isNarrowRange);
    }
    boolean equality = op.base().family() == OperatorFamily.STRING || op.base().family() == OperatorFamily.ARN;
    if (!equality) {
      return false;
    }
    if (key.equals(ACCESS_POINT_ARN)) {
      return c.values().stream().allMatch(BucketPolicyPublicity::isFixedAccessPointArn);
    }
    return FIXING_KEYS.contains(key) && c.values().stream().allMatch(BucketPolicyPublicity::isFixed);
  }

  /** No wildcard and no policy variable. */
  static boolean isFixed(String value) {
    return !value.isEmpty() && value.indexOf('*') < 0 && value.indexOf('?') < 0 && !value.contains("${");
  }

  /**
   * "this value can contain a wildcard for the access point name without rendering the policy
   * public, as long as the account id is fixed": everything before the name must be fixed.
   */
  private static boolean isFixedAccessPointArn(String value) {
    int name = value.indexOf(":accesspoint/");
    if (name < 0) {
      return isFixed(value);
    }
    String head = value.substring(0, name);
    String[] parts = head.split(":", -1);
    return isFixed(head) && parts.length == 5 && parts[4].matches("\\d{12}");
  }

  /** An address or CIDR no broader than /8 (IPv4) or /32 (IPv6). */
  private static boolean isNarrowRange(String cidr) {
    boolean v6 = cidr.indexOf(':') >= 0;
    int slash = cidr.indexOf('/');
    if (slash < 0) {
      return true;
    }
    try {
      int prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
      return prefix >= (v6 ? NARROWEST_PUBLIC_IPV6 : NARROWEST_PUBLIC_IPV4);
    } catch (NumberFormatException e) {
      // An unreadable range pins nothing we can vouch for.
      return false;
    }
  }
}
