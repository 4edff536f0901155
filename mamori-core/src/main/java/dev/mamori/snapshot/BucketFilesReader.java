package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One bucket's configuration files, {@code global/s3/<bucket>/<command>.json}, named after the
 * {@code aws s3api} command. A file holding AWS's "there is none" error confirms the configuration
 * is absent; any other error leaves it not collected, with a warning.
 */
final class BucketFilesReader implements PathReader {

  /** How to read one command's output and where it goes. */
  private record Configuration<T>(
      Set<String> notFoundCodes, Function<Node, T> parse, BiConsumer<BucketParts.Pending, Collected<T>> store) {

    void read(Node root, BucketParts.Pending bucket, SnapshotFile file, ReadContext ctx) {
      Optional<String> error = AwsErrorFile.code(root);
      String what = file.baseName() + " of bucket " + file.parentFolder().orElse("");
      store.accept(bucket, error.isPresent()
          ? AwsErrorFile.meaning(error.get(), notFoundCodes, file, ctx, what)
          : Collected.present(parse.apply(root)));
    }
  }

  private static final Map<String, Configuration<?>> CONFIGURATIONS = Map.of(
      "get-bucket-location", new Configuration<>(Set.of(), BucketConfigurations::location, (b, c) -> b.region = c),
      "get-bucket-policy", new Configuration<>(Set.of("NoSuchBucketPolicy"),
          root -> PolicyDocuments.required(root, "Policy"), (b, c) -> b.policy = c),
      "get-bucket-acl", new Configuration<>(Set.of(), BucketConfigurations::acl, (b, c) -> b.acl = c),
      "get-bucket-versioning", new Configuration<>(Set.of(), BucketConfigurations::versioning, (b, c) -> b.versioning = c),
      "get-bucket-encryption", new Configuration<>(Set.of("ServerSideEncryptionConfigurationNotFoundError"),
          BucketConfigurations::encryption, (b, c) -> b.encryption = c),
      "get-bucket-replication", new Configuration<>(Set.of("ReplicationConfigurationNotFoundError"),
          BucketConfigurations::replication, (b, c) -> b.replication = c),
      "get-public-access-block", new Configuration<>(Set.of("NoSuchPublicAccessBlockConfiguration"),
          BucketConfigurations::publicAccessBlock, (b, c) -> b.publicAccessBlock = c),
      "get-object-lock-configuration", new Configuration<>(Set.of("ObjectLockConfigurationNotFoundError"),
          BucketConfigurations::objectLock, (b, c) -> b.objectLock = c));

  /** Bucket outputs that AWS tools commonly save and Mamori deliberately does not use. */
  private static final Set<String> UNUSED = Set.of("get-bucket-logging", "get-bucket-ownership-controls",
      "get-bucket-policy-status", "get-bucket-tagging", "get-bucket-lifecycle-configuration", "get-bucket-website",
      "get-bucket-cors", "get-bucket-notification-configuration", "get-bucket-request-payment",
      "get-bucket-accelerate-configuration");

  @Override
  public boolean accepts(SnapshotFile file) {
    return file.global() && file.pathAfterScope().size() == 3 && file.serviceFolder().orElse("").equals("s3");
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    String command = commandOf(file.baseName());
    BucketParts.Pending bucket = ctx.assembly.buckets.bucket(file.parentFolder().orElseThrow(), file);
    Configuration<?> configuration = CONFIGURATIONS.get(command);
    if (configuration == null || !file.fileName().endsWith(".json")) {
      if (!UNUSED.contains(command)) {
        ctx.warn(file.relative(), "", "not a bucket configuration Mamori reads (expected one of "
            + String.join(", ", CONFIGURATIONS.keySet().stream().sorted().map(c -> c + ".json").toList()) + "); ignored");
      }
      return;
    }
    Node root = parse.apply(file).requireObject();
    configuration.read(root, bucket, file, ctx);
    ctx.warnUnknownFields(root, file);
  }

  /** Accepts {@code get-bucket-public-access-block} for {@code get-public-access-block} and the like. */
  private static String commandOf(String baseName) {
    if (!CONFIGURATIONS.containsKey(baseName) && baseName.startsWith("get-bucket-")) {
      String shorter = "get-" + baseName.substring("get-bucket-".length());
      if (CONFIGURATIONS.containsKey(shorter)) {
        return shorter;
      }
    }
    return baseName;
  }
}
