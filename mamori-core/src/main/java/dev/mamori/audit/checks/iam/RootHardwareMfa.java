package dev.mamori.audit.checks.iam;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.VirtualMfaDevice;
import java.util.List;
import java.util.Optional;

/**
 * CIS 1.5: the root user's MFA is a hardware device. The snapshot shows virtual devices only
 * ({@code list-virtual-mfa-devices}); root MFA that is active while no virtual device is assigned to
 * root is therefore a hardware or FIDO device.
 */
public final class RootHardwareMfa implements Check {
  @Override
  public String id() {
    return "root-hardware-mfa";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    String root = ctx.rootArn();
    Optional<Boolean> mfa = RootUser.mfaActive(ctx);
    if (mfa.isEmpty()) {
      return List.of(CheckResult.notEvaluated(root, RootUser.REGION, RootUser.missingData()));
    }
    if (!mfa.get()) {
      return List.of(CheckResult.fail(root, RootUser.REGION, "the root user has no MFA device at all"));
    }
    Optional<List<VirtualMfaDevice>> devices = ctx.model().iam().virtualMfaDevices().asOptional();
    if (devices.isEmpty()) {
      return List.of(CheckResult.notEvaluated(root, RootUser.REGION,
          "root MFA is active, but list-virtual-mfa-devices was not collected to tell whether it is virtual"));
    }
    Optional<VirtualMfaDevice> virtual = devices.get().stream().filter(VirtualMfaDevice::isAssignedToRoot).findFirst();
    return List.of(virtual
        .map(d -> CheckResult.fail(root, RootUser.REGION, "the root user's MFA is a virtual device")
            .because("virtual MFA device " + d.serialNumber() + " is assigned to " + d.userArn().orElse(root)))
        .orElseGet(() -> CheckResult.pass(root, RootUser.REGION, "the root user's MFA is a hardware or FIDO device")
            .because("root MFA is active and no virtual MFA device is assigned to root")));
  }
}
