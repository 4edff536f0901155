package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.CredentialReport;
import dev.mamori.model.IamData;
import dev.mamori.model.PasswordPolicy;
import dev.mamori.model.VirtualMfaDevice;
import java.util.List;
import java.util.Map;

/**
 * Account-level IAM data, one call each: the credential report, the account summary, the password
 * policy and the virtual MFA devices. What no file gave stays not collected.
 */
final class IamParts {
  Collected<CredentialReport> credentialReport = Collected.notCollected();
  Collected<Map<String, Long>> accountSummary = Collected.notCollected();
  Collected<PasswordPolicy> passwordPolicy = Collected.notCollected();
  Collected<List<VirtualMfaDevice>> virtualMfaDevices = Collected.notCollected();
  final OneAccountOnly account = new OneAccountOnly("account-level IAM data");

  void finish(ReadContext ctx) {
    IamData data = new IamData(credentialReport, accountSummary, passwordPolicy, virtualMfaDevices);
    if (!data.equals(IamData.NOT_COLLECTED)) {
      ctx.model.iam(data);
    }
  }
}
