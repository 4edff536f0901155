package dev.mamori.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One row of the IAM credential report. Dates are empty where the report says {@code N/A},
 * {@code no_information} or {@code not_supported}; the root user's row is named
 * {@code <root_account>} and its password status is {@code not_supported}.
 */
public record CredentialReportRow(
    String user,
    String arn,
    Optional<Instant> userCreationTime,
    boolean passwordEnabled,
    Optional<Instant> passwordLastUsed,
    Optional<Instant> passwordLastChanged,
    boolean mfaActive,
    AccessKeyStatus accessKey1,
    AccessKeyStatus accessKey2,
    boolean cert1Active,
    boolean cert2Active) {

  public static final String ROOT_USER = "<root_account>";

  public boolean isRoot() {
    return ROOT_USER.equals(user);
  }

  public int activeAccessKeys() {
    return (accessKey1.active() ? 1 : 0) + (accessKey2.active() ? 1 : 0);
  }
}
