package dev.mamori.snapshot;

import java.util.Optional;

/**
 * Guards data the model holds for one account only (the account-level IAM data, the account-level
 * S3 block): in a multi-account snapshot the first account's files are kept and the others' are
 * reported, rather than silently mixed.
 */
final class OneAccountOnly {
  private final String what;
  private Optional<String> owner = Optional.empty();

  OneAccountOnly(String what) {
    this.what = what;
  }

  /** True when the file may be read; false (with a warning) when it belongs to a second account. */
  boolean admits(SnapshotFile file, ReadContext ctx) {
    String account = file.account().orElse("");
    if (owner.isEmpty()) {
      owner = Optional.of(account);
      return true;
    }
    if (owner.get().equals(account)) {
      return true;
    }
    ctx.warn(file.relative(), "", "the model holds " + what + " of one account; account "
        + (owner.get().isEmpty() ? "(unnamed)" : owner.get()) + "'s was read first, so this file is ignored");
    return false;
  }
}
