package dev.mamori.model;

/** The AWS Organization the snapshot account belongs to. */
public record Organization(String id, String arn, String managementAccountId, String featureSet) {
  public boolean allFeatures() {
    return "ALL".equalsIgnoreCase(featureSet);
  }
}
