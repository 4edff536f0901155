package dev.mamori.model;

import java.util.List;
import java.util.Map;

/**
 * Account-level IAM data other than principals and policies: each piece comes from its own call
 * and may be missing.
 */
public record IamData(
    Collected<CredentialReport> credentialReport,
    Collected<Map<String, Long>> accountSummary,
    Collected<PasswordPolicy> passwordPolicy,
    Collected<List<VirtualMfaDevice>> virtualMfaDevices) {

  public static final IamData NOT_COLLECTED =
      new IamData(Collected.notCollected(), Collected.notCollected(), Collected.notCollected(), Collected.notCollected());
}
