package dev.mamori.snapshot;

import dev.mamori.model.NetworkInterface;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Resources whose parts arrive in several files, in any order, held until every file is read.
 * Each kind of resource has its own parts class; {@link #finish} puts them together.
 */
final class Assembly {
  /**
   * Interfaces described only inside {@code describe-instances}, added at the end unless
   * {@code describe-network-interfaces} described them (that one is more complete).
   */
  final Map<String, NetworkInterface> interfacesFromInstances = new LinkedHashMap<>();
  final EbsSnapshotParts ebsSnapshots = new EbsSnapshotParts();
  final EbsDefaultParts ebsDefaults = new EbsDefaultParts();
  final PrefixListParts prefixLists = new PrefixListParts();
  final KmsKeyParts kmsKeys = new KmsKeyParts();
  final BucketParts buckets = new BucketParts();
  final IamParts iam = new IamParts();
  final OrganizationParts organizations = new OrganizationParts();
  final OneAccountOnly accountPublicAccessBlock = new OneAccountOnly("the account-level S3 public access block");
  private final List<Consumer<String>> needingAccount = new ArrayList<>();

  /**
   * Defers adding a resource whose output does not name its account (a volume, say) until the
   * snapshot's account is known from the whole snapshot.
   */
  void whenAccountKnown(Consumer<String> addWithAccount) {
    needingAccount.add(addWithAccount);
  }

  void finish(ReadContext ctx, String snapshotAccount) {
    for (NetworkInterface n : interfacesFromInstances.values()) {
      if (!ctx.model.hasNetworkInterface(n.id())) {
        ctx.model.add(n);
      }
    }
    needingAccount.forEach(add -> add.accept(snapshotAccount));
    ebsSnapshots.finish(ctx);
    ebsDefaults.finish(ctx, snapshotAccount);
    prefixLists.finish(ctx, snapshotAccount);
    kmsKeys.finish(ctx);
    buckets.finish(ctx, snapshotAccount);
    iam.finish(ctx);
    organizations.finish(ctx);
  }
}
