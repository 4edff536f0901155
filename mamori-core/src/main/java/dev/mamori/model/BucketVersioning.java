package dev.mamori.model;

/**
 * Bucket versioning: {@code status} is {@code Enabled}, {@code Suspended}, or empty for a bucket
 * that never had versioning (the CLI then prints an empty object).
 */
public record BucketVersioning(String status, boolean mfaDelete) {
  public boolean enabled() {
    return "Enabled".equals(status);
  }
}
