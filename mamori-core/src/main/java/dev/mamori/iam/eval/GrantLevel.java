package dev.mamori.iam.eval;

/**
 * How a resource-policy principal names the caller, which decides what else must allow the
 * request in the same account (IAM User Guide, "Policy evaluation logic", resource-based policies).
 */
public enum GrantLevel {
  /** Names the account ({@code 123456789012} or {@code …:root}): identity policies must allow. */
  ACCOUNT,
  /** Names the role a session belongs to: the boundary and the session policy still limit. */
  ROLE,
  /** Names the caller itself (user, session, service) or everyone: no identity policy needed. */
  DIRECT
}
