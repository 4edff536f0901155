package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.LambdaFunction;
import dev.mamori.model.PolicyDocument;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws lambda get-policy --function-name NAME}, saved as
 * {@code <region>/lambda/<function-name>/get-policy.json}; {@code Policy} is the function's
 * resource-based policy as a JSON string. The output does not name its function, so the folder does;
 * the account is the account folder above the region, else the snapshot's. A function without a
 * policy answers {@code ResourceNotFoundException}: saved as an error file, that confirms it has none.
 */
final class LambdaFunctionPolicyReader implements PathReader {
  private static final String FILE = "get-policy.json";

  @Override
  public boolean accepts(SnapshotFile file) {
    return !file.global() && file.pathAfterScope().size() == 3 && file.serviceFolder().orElse("").equals("lambda");
  }

  /** A function without a policy answers ResourceNotFoundException: a confirmed absence. */
  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!file.fileName().equals(FILE)) {
      ctx.warn(file.relative(), "", "not a Lambda output Mamori reads (expected " + FILE + "); ignored");
      return;
    }
    String name = file.parentFolder().orElseThrow();
    Optional<String> region = ctx.regionOf(file);
    if (region.isEmpty()) {
      ctx.warn(file.relative(), "", "no region folder above lambda/; the function's ARN is unknown, ignored");
      return;
    }
    Node root = parse.apply(file).requireObject();
    Optional<String> error = AwsErrorFile.code(root);
    Collected<PolicyDocument> policy = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), Set.of("ResourceNotFoundException"), file, ctx, "the policy of function " + name)
        : Collected.present(PolicyDocuments.required(root, "Policy"));
    root.ignore("RevisionId", "ResponseMetadata");
    ctx.warnUnknownFields(root, file);
    Optional<String> accountFolder = file.account();
    ctx.assembly.whenAccountKnown(snapshotAccount -> {
      String account = accountFolder.orElse(snapshotAccount);
      String arn = "arn:" + partition(region.get()) + ":lambda:" + region.get() + ":" + account + ":function:" + name;
      ctx.model.add(new LambdaFunction(name, arn, account, region.get(), policy));
      ctx.model.source(arn, file.relative());
    });
  }

  /** The partition a region belongs to (AWS General Reference, "Amazon Resource Names"). */
  private static String partition(String region) {
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }
}
