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
}
