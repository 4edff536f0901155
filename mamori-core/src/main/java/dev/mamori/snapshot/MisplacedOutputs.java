package dev.mamori.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outputs that Mamori reads only from their place in the layout, known by a top-level key, so that
 * one saved elsewhere gets a warning that says where it belongs instead of only "unknown".
 */
final class MisplacedOutputs {
  private static final Map<String, String> PLACE_BY_KEY = new LinkedHashMap<>();

  static {
    PLACE_BY_KEY.put("UserDetailList", "global/iam/get-account-authorization-details.json");
    PLACE_BY_KEY.put("RoleDetailList", "global/iam/get-account-authorization-details.json");
    PLACE_BY_KEY.put("SummaryMap", "global/iam/get-account-summary.json");
    PLACE_BY_KEY.put("PasswordPolicy", "global/iam/get-account-password-policy.json");
    PLACE_BY_KEY.put("VirtualMFADevices", "global/iam/list-virtual-mfa-devices.json");
    PLACE_BY_KEY.put("ReportFormat", "global/iam/get-credential-report.json");
    PLACE_BY_KEY.put("Buckets", "global/s3/list-buckets.json");
    PLACE_BY_KEY.put("Grants", "global/s3/<bucket>/get-bucket-acl.json");
    PLACE_BY_KEY.put("ServerSideEncryptionConfiguration", "global/s3/<bucket>/get-bucket-encryption.json");
    PLACE_BY_KEY.put("ReplicationConfiguration", "global/s3/<bucket>/get-bucket-replication.json");
    PLACE_BY_KEY.put("ObjectLockConfiguration", "global/s3/<bucket>/get-object-lock-configuration.json");
    PLACE_BY_KEY.put("LocationConstraint", "global/s3/<bucket>/get-bucket-location.json");
    PLACE_BY_KEY.put("PublicAccessBlockConfiguration",
        "global/s3/<bucket>/get-public-access-block.json or global/s3control/get-public-access-block.json");
    PLACE_BY_KEY.put("KeyRotationEnabled", "<region>/kms/<key-id>/get-key-rotation-status.json");
    PLACE_BY_KEY.put("Policy", "global/s3/<bucket>/get-bucket-policy.json, <region>/kms/<key-id>/get-key-policy.json "
        + "or global/organizations/describe-policy/<policy-id>.json");
    PLACE_BY_KEY.put("Entries", "<region>/get-managed-prefix-list-entries/<prefix-list-id>.json");
    PLACE_BY_KEY.put("Organization", "global/organizations/describe-organization.json");
    PLACE_BY_KEY.put("Parents", "global/organizations/list-parents/<child-id>.json");
    PLACE_BY_KEY.put("Policies", "global/iam/get-account-authorization-details.json or "
        + "global/organizations/list-policies-for-target/<target-id>.json");
  }

  private MisplacedOutputs() {}

  /** Where an output with these top-level keys is read from, when Mamori reads it at all. */
  static Optional<String> placeOf(List<String> keys) {
    return keys.stream().map(PLACE_BY_KEY::get).filter(p -> p != null).findFirst();
  }
}
