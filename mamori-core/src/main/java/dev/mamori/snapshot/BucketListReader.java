package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import java.util.List;
import java.util.function.Function;

/** {@code aws s3api list-buckets}, saved as {@code global/s3/list-buckets.json}. */
final class BucketListReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return file.global() && file.pathAfterScope().equals(List.of("s3", "list-buckets.json"));
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    Node root = parse.apply(file).requireObject().require("Buckets", "the list of buckets");
    root.ignore("Owner", "ContinuationToken", "Prefix");
    for (Node b : root.objects("Buckets")) {
      b.ignore("BucketArn");
      String name = b.text("Name");
      BucketParts.Pending bucket = ctx.assembly.buckets.bucket(name, file);
      bucket.creationDate = b.optInstant("CreationDate");
      // Newer CLIs print each bucket's region here; get-bucket-location says the same.
      b.optNonEmptyText("BucketRegion").filter(r -> !bucket.region.isPresent())
          .ifPresent(r -> bucket.region = Collected.present(r));
      ctx.model.source(name, file.relative());
    }
    ctx.warnUnknownFields(root, file);
  }
}
