package dev.mamori.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A virtual MFA device. The root user's virtual device has a serial number ending in
 * {@code :mfa/root-account-mfa-device} and is assigned to the account's root ARN.
 */
public record VirtualMfaDevice(String serialNumber, Optional<String> userArn, Optional<Instant> enableDate) {
  public boolean isAssignedToRoot() {
    return userArn.filter(a -> a.endsWith(":root")).isPresent();
  }
}
