package dev.mamori.audit;

/** The outcome of a check on one resource. */
public enum Status {
  /** The customer's responsibility is not met. */
  FAIL,
  /** It is met. */
  PASS,
  /** The snapshot lacks the data to tell; never a guess either way. */
  NOT_EVALUATED
}
