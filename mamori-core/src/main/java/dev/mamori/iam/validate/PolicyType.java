package dev.mamori.iam.validate;

import java.util.Locale;
import java.util.Optional;

/** Where a policy is used; each place has its own rules about elements and versions. */
public enum PolicyType {
  IDENTITY(true, false, true),
  RESOURCE(false, true, true),
  TRUST(false, true, false),
  SCP(true, false, true),
  RCP(true, true, true),
  BOUNDARY(true, false, true),
  SESSION(false, false, true);

  private final boolean requiresVersion2012;
  private final boolean requiresPrincipal;
  private final boolean requiresResource;

  PolicyType(boolean requiresVersion2012, boolean requiresPrincipal, boolean requiresResource) {
    this.requiresVersion2012 = requiresVersion2012;
    this.requiresPrincipal = requiresPrincipal;
    this.requiresResource = requiresResource;
  }

  /** IAM managed policies and Organizations policies refuse anything older than 2012-10-17. */
  public boolean requiresVersion2012() {
    return requiresVersion2012;
  }

  /** Resource-based and trust policies name who they apply to; the others must not. */
  public boolean requiresPrincipal() {
    return requiresPrincipal;
  }

  /** A trust policy's resource is the role itself, so it has no Resource element. */
  public boolean requiresResource() {
    return requiresResource;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PolicyType> ofCliName(String name) {
    for (PolicyType t : values()) {
      if (t.cliName().equalsIgnoreCase(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
