package dev.mamori.iam.eval;

/** The three outcomes of IAM policy evaluation. */
public enum Decision {
  ALLOWED,
  EXPLICIT_DENY,
  IMPLICIT_DENY
}
