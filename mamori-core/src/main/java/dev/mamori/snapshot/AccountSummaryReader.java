package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** {@code aws iam get-account-summary}, saved as {@code global/iam/get-account-summary.json}. */
final class AccountSummaryReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return IamFile.is(file, "get-account-summary.json");
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!ctx.assembly.iam.account.admits(file, ctx)) {
      return;
    }
    Node root = parse.apply(file).requireObject();
    Map<String, Long> summary = new LinkedHashMap<>();
    Node map = root.object("SummaryMap");
    map.forEachField((name, value) -> summary.put(name, map.optLong(name)
        .orElseThrow(() -> value.error("expected an integer, found nothing"))));
    ctx.assembly.iam.accountSummary = Collected.present(Map.copyOf(summary));
    ctx.warnUnknownFields(root, file);
  }
}
