package dev.mamori.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit registry of what the snapshot reader understands. A new AWS output is supported by
 * writing its reader and listing it here; nothing is discovered by classpath scanning.
 */
final class Readers {
  private Readers() {}

  static Map<String, SectionReader> sectionReaders() {
    List<SectionReader> all = List.of(
        new VpcsReader(),
        new SubnetsReader(),
        new RouteTablesReader(),
        new InternetGatewaysReader(false),
        new InternetGatewaysReader(true),
        new NatGatewaysReader(),
        new SecurityGroupsReader(),
        new NetworkAclsReader(),
        new NetworkInterfacesReader(),
        new ReservationsReader(),
        new VolumesReader(),
        new SnapshotsReader(),
        new CreateVolumePermissionsReader(),
        new EbsEncryptionByDefaultReader(),
        new EbsDefaultKmsKeyReader(),
        new PrefixListsReader(),
        new ManagedPrefixListsReader(),
        new VpcPeeringConnectionsReader(),
        new DbInstancesReader(),
        new KeyMetadataReader(),
        new KmsKeyListReader());
    Map<String, SectionReader> byKey = new LinkedHashMap<>();
    for (SectionReader r : all) {
      if (byKey.put(r.key(), r) != null) {
        throw new IllegalStateException("two readers for " + r.key());
      }
    }
    return byKey;
  }

  /** Readers of files recognised by their place in the layout; the first that accepts a file reads it. */
  static List<PathReader> pathReaders() {
    return List.of(
        new ManagedPrefixListEntriesReader(),
        new KmsKeyFilesReader(),
        new LambdaFunctionPolicyReader(),
        new AuthorizationDetailsReader(),
        new CredentialReportReader(),
        new AccountSummaryReader(),
        new PasswordPolicyReader(),
        new VirtualMfaDevicesReader(),
        new BucketListReader(),
        new BucketFilesReader(),
        new AccountPublicAccessBlockReader(),
        new OrganizationReader(),
        new OrganizationParentsReader(),
        new OrganizationPoliciesForTargetReader(),
        new OrganizationPolicyReader());
  }
}
