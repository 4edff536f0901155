package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.PasswordPolicy;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code aws iam get-account-password-policy}, saved as
 * {@code global/iam/get-account-password-policy.json}. An account without a policy answers
 * {@code NoSuchEntity}: saved as an error file, that confirms there is none.
 */
final class PasswordPolicyReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return IamFile.is(file, "get-account-password-policy.json");
  }

  @Override
  public boolean readsErrorFiles() {
    return true;
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!ctx.assembly.iam.account.admits(file, ctx)) {
      return;
    }
    Node root = parse.apply(file).requireObject();
    Optional<String> error = AwsErrorFile.code(root);
    ctx.assembly.iam.passwordPolicy = error.isPresent()
        ? AwsErrorFile.meaning(error.get(), Set.of("NoSuchEntity"), file, ctx, "the password policy")
        : Collected.present(policy(root.object("PasswordPolicy")));
    ctx.warnUnknownFields(root, file);
  }

  private static PasswordPolicy policy(Node p) {
    int length = p.optInteger("MinimumPasswordLength").orElse(6);
    if (length < 6 || length > 128) {
      throw p.error("MinimumPasswordLength", "expected a length within 6-128, found " + length);
    }
    Optional<Integer> maxAge = p.optInteger("MaxPasswordAge");
    if (maxAge.isPresent() && (maxAge.get() < 1 || maxAge.get() > 1095)) {
      throw p.error("MaxPasswordAge", "expected a number of days within 1-1095, found " + maxAge.get());
    }
    Optional<Integer> reuse = p.optInteger("PasswordReusePrevention");
    if (reuse.isPresent() && (reuse.get() < 1 || reuse.get() > 24)) {
      throw p.error("PasswordReusePrevention", "expected a number of passwords within 1-24, found " + reuse.get());
    }
    return new PasswordPolicy(length, p.bool("RequireSymbols", false), p.bool("RequireNumbers", false),
        p.bool("RequireUppercaseCharacters", false), p.bool("RequireLowercaseCharacters", false),
        p.bool("AllowUsersToChangePassword", false), p.bool("ExpirePasswords", false), maxAge, reuse,
        p.bool("HardExpiry", false));
  }
}
