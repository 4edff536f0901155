package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.model.CloudModel;
import dev.mamori.model.ManagedPrefixList;
import dev.mamori.testing.SnapshotDir;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managed prefix lists, their entries files, and AWS service prefix lists. */
class PrefixListReadersTest {
  @TempDir Path tmp;

  @Test
  void entriesComeFromTheFileNamedAfterTheList() {
    new SnapshotDir(tmp)
        .file("us-east-1/get-managed-prefix-list-entries/pl-office.json",
            "{\"Entries\": [{\"Cidr\": \"203.0.113.0/24\", \"Description\": \"office\"}]}")
        .file("us-east-1/describe-managed-prefix-lists.json", """
            {"PrefixLists": [
              {"PrefixListId": "pl-office", "AddressFamily": "IPv4", "State": "create-complete", "PrefixListName": "office",
               "MaxEntries": 5, "Version": 1, "OwnerId": "111122223333", "Tags": []},
              {"PrefixListId": "pl-unlisted", "AddressFamily": "IPv6", "PrefixListName": "v6", "OwnerId": "111122223333"}]}
            """);
    CloudModel m = SnapshotReader.read(tmp);
    ManagedPrefixList office = m.prefixList("pl-office").orElseThrow();
    assertThat(office.entries().asOptional().orElseThrow()).extracting(Object::toString).containsExactly("203.0.113.0/24");
    assertThat(office.ownerId()).contains("111122223333");
    assertThat(m.prefixList("pl-unlisted").orElseThrow().entries().isCollected()).isFalse();
  }

  @Test
  void serviceListAndManagedDescriptionOfOneListAreMerged() {
    new SnapshotDir(tmp)
        .file("us-east-1/prefix-lists.json", """
            {"PrefixLists": [{"PrefixListId": "pl-63a5400a", "PrefixListName": "com.amazonaws.us-east-1.s3",
              "Cidrs": ["54.231.0.0/17", "52.216.0.0/15"]}]}
            """)
        .file("us-east-1/managed.json", """
            {"PrefixLists": [{"PrefixListId": "pl-63a5400a", "AddressFamily": "IPv4",
              "PrefixListName": "com.amazonaws.us-east-1.s3", "OwnerId": "AWS"}]}
            """);
    ManagedPrefixList s3 = SnapshotReader.read(tmp).prefixList("pl-63a5400a").orElseThrow();
    assertThat(s3.ownerId()).contains("AWS");
    assertThat(s3.entries().asOptional().orElseThrow()).hasSize(2);
  }

  @Test
  void managedPrefixListsKeyIsReadToo() {
    new SnapshotDir(tmp).file("us-east-1/managed.json",
        "{\"ManagedPrefixLists\": [{\"PrefixListId\": \"pl-1\", \"AddressFamily\": \"IPv6\", \"OwnerId\": \"111122223333\"}]}");
    assertThat(SnapshotReader.read(tmp).prefixList("pl-1").orElseThrow().addressFamily()).isEqualTo("IPv6");
  }

  @Test
  void badEntryIsAnErrorAtItsPath() {
    new SnapshotDir(tmp).file("us-east-1/prefix-lists.json",
        "{\"PrefixLists\": [{\"PrefixListId\": \"pl-1\", \"Cidrs\": [\"10.0.0.0/8\", \"10.0.0.0/33\"]}]}");
    var result = new SnapshotReader(new SnapshotReader.Options(true, SnapshotReader.ProgressListener.NONE)).load(tmp);
    assertThat(result.errors()).extracting(Object::toString).containsExactly(
        "us-east-1/prefix-lists.json:1 at $.PrefixLists[0].Cidrs[1]: expected a CIDR block such as 10.0.0.0/16 or "
            + "2001:db8::/56, found \"10.0.0.0/33\"");
  }
}
