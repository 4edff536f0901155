package dev.mamori.net.check;

/** A check's verdict on one resource, as the audit catalog reports it. */
public enum CheckStatus {
  PASS,
  FAIL,
  NOT_EVALUATED
}
