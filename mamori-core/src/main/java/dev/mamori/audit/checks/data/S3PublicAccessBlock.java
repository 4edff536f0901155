package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.Bucket;
import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CIS 2.1.4: S3 Block Public Access is on. S3 applies the account-level and the bucket-level
 * settings together (each flag is on when either level sets it), so a bucket passes when the two
 * together block all four ways — the account level alone is enough. The account-level setting is
 * also reported on its own, as the account's resource.
 */
public final class S3PublicAccessBlock implements Check {
  private static final String ACCOUNT_COMMAND = "aws s3control put-public-access-block --account-id {account} "
      + "--public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true";

  @Override
  public String id() {
    return "s3-public-access-block";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    Collected<PublicAccessBlock> account = ctx.model().accountPublicAccessBlock();
    List<CheckResult> out = new ArrayList<>();
    out.add(accountLevel(ctx, account));
    for (Bucket b : ctx.model().buckets()) {
      out.add(bucketLevel(b, account));
    }
    return out;
  }

  private static CheckResult accountLevel(AuditContext ctx, Collected<PublicAccessBlock> account) {
    String resource = ctx.account();
    CheckResult r;
    if (account instanceof Collected.Present<PublicAccessBlock> p) {
      r = CheckResult.passIf(p.value().allBlocked(), resource, "global",
              "account-level Block Public Access blocks all four ways",
              "account-level Block Public Access leaves " + String.join(", ", missing(p.value())) + " off")
          .because(describe("account", p.value()));
    } else if (account instanceof Collected.ConfirmedAbsent<PublicAccessBlock> a) {
      r = CheckResult.fail(resource, "global", "the account has no account-level Block Public Access")
          .because("s3control get-public-access-block: " + a.errorCode());
    } else {
      r = CheckResult.notEvaluated(resource, "global", "s3control get-public-access-block was not collected");
    }
    return r.withRemediation(ACCOUNT_COMMAND);
  }

  private static CheckResult bucketLevel(Bucket b, Collected<PublicAccessBlock> account) {
    String region = BucketSetting.regionOf(b);
    Optional<PublicAccessBlock> accountFlags = flags(account);
    Optional<PublicAccessBlock> bucketFlags = flags(b.publicAccessBlock());
    if (accountFlags.filter(PublicAccessBlock::allBlocked).isPresent()) {
      return CheckResult.pass(b.name(), region, "covered by the account-level Block Public Access")
          .because(describe("account", accountFlags.get()));
    }
    if (bucketFlags.filter(PublicAccessBlock::allBlocked).isPresent()) {
      return CheckResult.pass(b.name(), region, "the bucket's Block Public Access blocks all four ways")
          .because(describe("bucket", bucketFlags.get()));
    }
    if (accountFlags.isEmpty() || bucketFlags.isEmpty()) {
      String missingCall = accountFlags.isEmpty() ? "s3control get-public-access-block" : "get-public-access-block for this bucket";
      return CheckResult.notEvaluated(b.name(), region, missingCall + " was not collected, and the other level alone does not block all");
    }
    PublicAccessBlock effective = accountFlags.get().or(bucketFlags.get());
    return CheckResult.passIf(effective.allBlocked(), b.name(), region,
            "account and bucket settings together block all four ways",
            "Block Public Access leaves " + String.join(", ", missing(effective)) + " off (account and bucket levels together)")
        .because(describe("account", accountFlags.get()), describe("bucket", bucketFlags.get()));
  }

  /** The flags a level sets: a confirmed absence sets none; not collected is unknown. */
  private static Optional<PublicAccessBlock> flags(Collected<PublicAccessBlock> level) {
    return level.isConfirmedAbsent() ? Optional.of(PublicAccessBlock.NONE) : level.asOptional();
  }

  private static List<String> missing(PublicAccessBlock p) {
    List<String> off = new ArrayList<>();
    if (!p.blockPublicAcls()) {
      off.add("BlockPublicAcls");
    }
    if (!p.ignorePublicAcls()) {
      off.add("IgnorePublicAcls");
    }
    if (!p.blockPublicPolicy()) {
      off.add("BlockPublicPolicy");
    }
    if (!p.restrictPublicBuckets()) {
      off.add("RestrictPublicBuckets");
    }
    return off;
  }

  private static String describe(String level, PublicAccessBlock p) {
    return level + " level: BlockPublicAcls=" + p.blockPublicAcls() + ", IgnorePublicAcls=" + p.ignorePublicAcls()
        + ", BlockPublicPolicy=" + p.blockPublicPolicy() + ", RestrictPublicBuckets=" + p.restrictPublicBuckets();
  }
}
