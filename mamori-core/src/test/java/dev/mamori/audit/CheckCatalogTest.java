package dev.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckCatalogTest {
  private final CheckCatalog catalog = CheckCatalog.bundled();

  /** DESIGN.md's catalog: IDs and CIS v5.0 numbers (a contract). */
  private static final Map<String, List<String>> DESIGN = new LinkedHashMap<>();

  static {
    DESIGN.put("root-access-keys", List.of("1.3"));
    DESIGN.put("root-mfa", List.of("1.4"));
    DESIGN.put("root-hardware-mfa", List.of("1.5"));
    DESIGN.put("root-recent-use", List.of("1.6"));
    DESIGN.put("iam-password-policy", List.of("1.7", "1.8"));
    DESIGN.put("iam-user-mfa", List.of("1.9"));
    DESIGN.put("iam-unused-credentials", List.of("1.11"));
    DESIGN.put("iam-multiple-active-keys", List.of("1.12"));
    DESIGN.put("iam-key-rotation", List.of("1.13"));
    DESIGN.put("iam-user-direct-policies", List.of("1.14"));
    DESIGN.put("iam-full-admin-policy", List.of("1.15"));
    DESIGN.put("s3-policy-lockout", List.of());
    DESIGN.put("sg-admin-ports-open-ipv4", List.of("5.3"));
    DESIGN.put("sg-admin-ports-open-ipv6", List.of("5.4"));
    DESIGN.put("sg-default-restrict", List.of("5.5"));
    DESIGN.put("sg-too-many-per-interface", List.of());
    DESIGN.put("nacl-admin-ports-open", List.of("5.2"));
    DESIGN.put("nacl-shadowed-rule", List.of());
    DESIGN.put("nacl-return-traffic-blocked", List.of());
    DESIGN.put("exposed-admin-port", List.of());
    DESIGN.put("s3-public-access-block", List.of("2.1.4"));
    DESIGN.put("s3-public-bucket", List.of());
    DESIGN.put("s3-secure-transport", List.of("2.1.1"));
    DESIGN.put("s3-mfa-delete", List.of("2.1.2"));
    DESIGN.put("s3-versioning", List.of());
    DESIGN.put("s3-replication", List.of());
    DESIGN.put("s3-default-encryption", List.of());
    DESIGN.put("ebs-default-encryption", List.of("5.1.1"));
    DESIGN.put("ebs-volume-unencrypted", List.of());
    DESIGN.put("ebs-snapshot-unencrypted", List.of());
    DESIGN.put("ebs-snapshot-public", List.of());
    DESIGN.put("ebs-no-recent-snapshot", List.of());
    DESIGN.put("kms-rotation", List.of("3.6"));
    DESIGN.put("kms-key-public", List.of());
    // DESIGN.md names no CIS number for these two; CIS v5.0 has them as 2.2.1 and 2.2.3.
    DESIGN.put("rds-storage-encryption", List.of("2.2.1"));
    DESIGN.put("rds-public", List.of("2.2.3"));
  }

  @Test
  void theCatalogIsExactlyTheDesignCatalog() {
    assertThat(catalog.all()).extracting(CheckMetadata::id).containsExactlyInAnyOrderElementsOf(DESIGN.keySet());
    DESIGN.forEach((id, cis) -> assertThat(catalog.require(id).cis()).as(id).containsExactlyElementsOf(cis));
  }

  @Test
  void everyRegisteredCheckHasMetadataAndNoCheckIsRegisteredTwice() {
    List<String> ids = CheckRegistry.all().stream().map(Check::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    ids.forEach(id -> assertThat(catalog.get(id)).as(id).isPresent());
  }

  @Test
  void everyCheckOfTheCatalogHasItsClass() {
    List<String> registered = CheckRegistry.all().stream().map(Check::id).toList();
    assertThat(registered).containsExactlyInAnyOrderElementsOf(catalog.all().stream().map(CheckMetadata::id).toList());
  }

  @Test
  void metadataIsComplete() {
    for (CheckMetadata m : catalog.all()) {
      assertThat(m.remediation()).as(m.id()).startsWith("aws ");
      assertThat(m.rationale().length()).as(m.id()).isGreaterThan(80);
      assertThat(m.family()).as(m.id()).isIn("iam", "network", "data");
    }
  }

  @Test
  void networkChecksFallUnderNetworkResponsibilities() {
    assertThat(catalog.require("sg-default-restrict").responsibility()).isEqualTo("policies-and-configuration");
    assertThat(catalog.require("rds-public").responsibility()).isEqualTo("firewall-rules");
    assertThat(catalog.require("root-mfa").responsibility()).isEqualTo("credentials");
    assertThat(catalog.require("ebs-volume-unencrypted").responsibility()).isEqualTo("data-at-rest");
  }
}
