package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws s3control get-public-access-block --account-id ID}, saved as
 * {@code global/s3control/get-public-access-block.json}: the account-level S3 Block Public Access.
 */
final class AccountPublicAccessBlockReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return file.global() && file.pathAfterScope().equals(List.of("s3control", "get-public-access-block.json"));
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!ctx.assembly.accountPublicAccessBlock.admits(file, ctx)) {
      return;
    }
    Node root = parse.apply(file).requireObject();
    Optional<String> error = AwsErrorFile.code(root);
    Collected<PublicAccessBlock> block = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), Set.of("NoSuchPublicAccessBlockConfiguration"), file, ctx,
            "the account's public access block")
        : Collected.present(BucketConfigurations.publicAccessBlock(root));
    ctx.model.accountPublicAccessBlock(block);
    ctx.warnUnknownFields(root, file);
  }
}
