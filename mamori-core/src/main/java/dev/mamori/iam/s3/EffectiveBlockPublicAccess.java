package dev.mamori.iam.s3;

import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The four S3 Block Public Access settings as S3 applies them to one bucket. "If the block public
 * access settings for the access point, bucket, or account differ, then Amazon S3 applies the most
 * restrictive combination" (Amazon S3 User Guide, "Blocking public access to your Amazon S3
 * storage"): a setting is on when either level turns it on. A level that was not collected makes a
 * setting the other level leaves off unknown, never off; a level AWS confirmed absent sets nothing.
 */
public record EffectiveBlockPublicAccess(
    Setting blockPublicAcls, Setting ignorePublicAcls, Setting blockPublicPolicy, Setting restrictPublicBuckets) {

  public enum State {
    ON,
    OFF,
    UNKNOWN
  }

  /**
   * One setting: its name as AWS spells it, its state, the levels that turn it on (for an ON
   * setting, e.g. {@code bucket/NAME}) and the reads that are missing (for an UNKNOWN one).
   */
  public record Setting(String name, State state, List<String> onAt, List<String> notCollected) {
    public Setting {
      onAt = List.copyOf(onAt);
      notCollected = List.copyOf(notCollected);
    }
  }

  /**
   * @param accountLevel the owner account's setting ({@code s3control get-public-access-block})
   * @param bucketLevel the bucket's own ({@code s3api get-public-access-block})
   */
  public static EffectiveBlockPublicAccess of(String accountId, Collected<PublicAccessBlock> accountLevel,
      String bucketName, Collected<PublicAccessBlock> bucketLevel) {
    Level account = new Level("account/" + accountId, "s3control get-public-access-block", accountLevel);
    Level bucket = new Level("bucket/" + bucketName, "get-public-access-block for " + bucketName, bucketLevel);
    return new EffectiveBlockPublicAccess(
        setting("BlockPublicAcls", PublicAccessBlock::blockPublicAcls, bucket, account),
        setting("IgnorePublicAcls", PublicAccessBlock::ignorePublicAcls, bucket, account),
        setting("BlockPublicPolicy", PublicAccessBlock::blockPublicPolicy, bucket, account),
        setting("RestrictPublicBuckets", PublicAccessBlock::restrictPublicBuckets, bucket, account));
  }

  private record Level(String name, String read, Collected<PublicAccessBlock> value) {}

  private static Setting setting(String name, Predicate<PublicAccessBlock> flag, Level... levels) {
    List<String> onAt = new ArrayList<>();
    List<String> notCollected = new ArrayList<>();
    for (Level level : levels) {
      if (level.value() instanceof Collected.Present<PublicAccessBlock> p && flag.test(p.value())) {
        onAt.add(level.name());
      } else if (!level.value().isCollected()) {
        notCollected.add(level.read());
      }
    }
    State state = !onAt.isEmpty() ? State.ON : notCollected.isEmpty() ? State.OFF : State.UNKNOWN;
    return new Setting(name, state, onAt, state == State.UNKNOWN ? notCollected : List.of());
  }
}
