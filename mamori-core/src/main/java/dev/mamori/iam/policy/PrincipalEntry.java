package dev.mamori.iam.policy;

/**
 * One value of a Principal or NotPrincipal element: {@code "*"} alone is {@link PrincipalKind#ANY};
 * otherwise the key it was listed under ({@code AWS}, {@code Service}, {@code Federated},
 * {@code CanonicalUser}) and the listed value (which may itself be {@code "*"}).
 */
public record PrincipalEntry(PrincipalKind kind, String value) {
  public PrincipalEntry {
    java.util.Objects.requireNonNull(kind);
    java.util.Objects.requireNonNull(value);
  }

  public boolean isWildcard() {
    return kind == PrincipalKind.ANY || value.equals("*");
  }
}
