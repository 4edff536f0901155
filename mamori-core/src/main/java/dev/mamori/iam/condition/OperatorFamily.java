package dev.mamori.iam.condition;

/** The kind of value a condition operator compares. */
public enum OperatorFamily {
  STRING,
  NUMERIC,
  DATE,
  BOOL,
  BINARY,
  IP_ADDRESS,
  ARN,
  NULL
}
