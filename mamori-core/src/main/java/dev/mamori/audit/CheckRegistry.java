package dev.mamori.audit;

import dev.mamori.audit.checks.data.EbsDefaultEncryption;
import dev.mamori.audit.checks.data.EbsNoRecentSnapshot;
import dev.mamori.audit.checks.data.EbsSnapshotPublic;
import dev.mamori.audit.checks.data.EbsSnapshotUnencrypted;
import dev.mamori.audit.checks.data.EbsVolumeUnencrypted;
import dev.mamori.audit.checks.data.KmsKeyPublic;
import dev.mamori.audit.checks.data.KmsRotation;
import dev.mamori.audit.checks.data.RdsStorageEncryption;
import dev.mamori.audit.checks.data.S3DefaultEncryption;
import dev.mamori.audit.checks.data.S3MfaDelete;
import dev.mamori.audit.checks.data.S3PublicAccessBlock;
import dev.mamori.audit.checks.data.S3PublicBucket;
import dev.mamori.audit.checks.data.S3Replication;
import dev.mamori.audit.checks.data.S3SecureTransport;
import dev.mamori.audit.checks.data.S3Versioning;
import dev.mamori.audit.checks.iam.IamFullAdminPolicy;
import dev.mamori.audit.checks.iam.IamKeyRotation;
import dev.mamori.audit.checks.iam.IamMultipleActiveKeys;
import dev.mamori.audit.checks.iam.IamPasswordPolicy;
import dev.mamori.audit.checks.iam.IamUnusedCredentials;
import dev.mamori.audit.checks.iam.IamUserDirectPolicies;
import dev.mamori.audit.checks.iam.IamUserMfa;
import dev.mamori.audit.checks.iam.RootAccessKeys;
import dev.mamori.audit.checks.iam.RootHardwareMfa;
import dev.mamori.audit.checks.iam.RootMfa;
import dev.mamori.audit.checks.iam.RootRecentUse;
import dev.mamori.audit.checks.iam.S3PolicyLockout;
import dev.mamori.audit.checks.network.ExposedAdminPort;
import dev.mamori.audit.checks.network.NaclAdminPortsOpen;
import dev.mamori.audit.checks.network.NaclReturnTrafficBlocked;
import dev.mamori.audit.checks.network.NaclShadowedRule;
import dev.mamori.audit.checks.network.RdsPublic;
import dev.mamori.audit.checks.network.SgAdminPortsOpenIpv4;
import dev.mamori.audit.checks.network.SgAdminPortsOpenIpv6;
import dev.mamori.audit.checks.network.SgDefaultRestrict;
import dev.mamori.audit.checks.network.SgTooManyPerInterface;
import java.util.List;

/**
 * Every check Mamori runs, listed by hand: no classpath scanning, so that the set of checks is
 * what this file says and a shaded jar behaves like the tests. It holds one class for every check
 * of the catalog (a test keeps the two equal).
 */
public final class CheckRegistry {
  private CheckRegistry() {}

  public static List<Check> all() {
    return List.of(
        // Root and IAM: credentials, access-permissions.
        new RootAccessKeys(),
        new RootMfa(),
        new RootHardwareMfa(),
        new RootRecentUse(),
        new IamPasswordPolicy(),
        new IamUserMfa(),
        new IamUnusedCredentials(),
        new IamMultipleActiveKeys(),
        new IamKeyRotation(),
        new IamUserDirectPolicies(),
        new IamFullAdminPolicy(),
        new S3PolicyLockout(),
        // Network: policies-and-configuration, firewall-rules.
        new SgAdminPortsOpenIpv4(),
        new SgAdminPortsOpenIpv6(),
        new SgDefaultRestrict(),
        new SgTooManyPerInterface(),
        new NaclAdminPortsOpen(),
        new NaclShadowedRule(),
        new NaclReturnTrafficBlocked(),
        new ExposedAdminPort(),
        new RdsPublic(),
        // Data: data-at-rest, data-stores, data-encryption, data-management-and-encryption, access-permissions.
        new S3PublicAccessBlock(),
        new S3PublicBucket(),
        new S3SecureTransport(),
        new S3MfaDelete(),
        new S3Versioning(),
        new S3Replication(),
        new S3DefaultEncryption(),
        new EbsDefaultEncryption(),
        new EbsVolumeUnencrypted(),
        new EbsSnapshotUnencrypted(),
        new EbsSnapshotPublic(),
        new EbsNoRecentSnapshot(),
        new KmsRotation(),
        new KmsKeyPublic(),
        new RdsStorageEncryption());
  }
}
