package dev.mamori.iam.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.iam.s3.EffectiveBlockPublicAccess.State;
import dev.mamori.model.Collected;
import dev.mamori.model.PublicAccessBlock;
import org.junit.jupiter.api.Test;

/** Account and bucket levels are ORed; a level that was not collected makes "off" unknown. */
class EffectiveBlockPublicAccessTest {
  private static final Collected<PublicAccessBlock> ONLY_RESTRICT = Collected.present(new PublicAccessBlock(false, false, false, true));
  private static final Collected<PublicAccessBlock> ONLY_IGNORE_ACLS = Collected.present(new PublicAccessBlock(false, true, false, false));
  private static final Collected<PublicAccessBlock> ABSENT = Collected.absent("NoSuchPublicAccessBlockConfiguration");
  private static final Collected<PublicAccessBlock> NOT_COLLECTED = Collected.notCollected();

  private static EffectiveBlockPublicAccess of(Collected<PublicAccessBlock> account, Collected<PublicAccessBlock> bucket) {
    return EffectiveBlockPublicAccess.of("111122223333", account, "b", bucket);
  }

  @Test
  void eachSettingIsOnWhenEitherLevelTurnsItOn() {
    EffectiveBlockPublicAccess e = of(ONLY_IGNORE_ACLS, ONLY_RESTRICT);
    assertThat(e.restrictPublicBuckets().state()).isEqualTo(State.ON);
    assertThat(e.restrictPublicBuckets().onAt()).containsExactly("bucket/b");
    assertThat(e.ignorePublicAcls().state()).isEqualTo(State.ON);
    assertThat(e.ignorePublicAcls().onAt()).containsExactly("account/111122223333");
    assertThat(e.blockPublicAcls().state()).isEqualTo(State.OFF);
    assertThat(e.blockPublicPolicy().state()).isEqualTo(State.OFF);
  }

  @Test
  void bothLevelsAreNamedWhenBothTurnASettingOn() {
    assertThat(of(ONLY_RESTRICT, ONLY_RESTRICT).restrictPublicBuckets().onAt()).containsExactly("bucket/b", "account/111122223333");
  }

  @Test
  void aConfirmedAbsentLevelSetsNothing() {
    assertThat(of(ABSENT, ABSENT).restrictPublicBuckets().state()).isEqualTo(State.OFF);
    assertThat(of(ABSENT, ONLY_RESTRICT).restrictPublicBuckets().state()).isEqualTo(State.ON);
  }

  @Test
  void aLevelNotCollectedLeavesOffUnknownButCannotUndoOn() {
    EffectiveBlockPublicAccess e = of(NOT_COLLECTED, ONLY_RESTRICT);
    assertThat(e.restrictPublicBuckets().state()).isEqualTo(State.ON);
    assertThat(e.ignorePublicAcls().state()).isEqualTo(State.UNKNOWN);
    assertThat(e.ignorePublicAcls().notCollected()).containsExactly("s3control get-public-access-block");
    assertThat(of(ABSENT, NOT_COLLECTED).restrictPublicBuckets().notCollected()).containsExactly("get-public-access-block for b");
    assertThat(of(NOT_COLLECTED, NOT_COLLECTED).restrictPublicBuckets().notCollected()).hasSize(2);
  }
}
