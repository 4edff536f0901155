package dev.mamori.audit;

import java.util.List;

/**
 * One check of the catalog: one class per check, registered in {@link CheckRegistry}. Its
 * metadata (title, severity, responsibility item, CIS IDs, rationale, remediation) lives in
 * {@code checks.json}, keyed by {@link #id()}.
 *
 * <p>A check reads the model and asks the engines; it never re-implements network or IAM
 * semantics. When the data it needs was not collected it says {@link Status#NOT_EVALUATED}.
 */
public interface Check {

  /** The catalog ID, a contract: {@code root-mfa}, {@code s3-versioning}, … */
  String id();

  /** One result per resource the check applies to. */
  List<CheckResult> evaluate(AuditContext context);

  /**
   * True when the check asks for {@link Engines#internetExposure()}, by far the costliest engine to
   * build (most of a large audit's network time). The auditor starts the first such check before
   * the others, so that the exposure is computed while the other checks run, and the other such
   * checks last, so that they do not wait for it while there is other work.
   */
  default boolean needsInternetExposure() {
    return false;
  }
}
