package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.mamori.model.PublicAccessBlock;

class S3PublicAccessBlockTest {
  private final S3PublicAccessBlock check = new S3PublicAccessBlock();
  private static final PublicAccessBlock ALL = new PublicAccessBlock(true, true, true, true);
  private static final PublicAccessBlock ACLS_ONLY = new PublicAccessBlock(true, true, false, false);
  private static final PublicAccessBlock POLICY_ONLY = new PublicAccessBlock(false, false, true, true);

  @Test
  void theAccountLevelSettingCoversEveryBucket() {
    CloudModel m = model().accountPublicAccessBlock(Collected.present(ALL))
        .add(B.bucket("bare").publicAccessBlock(Collected.absent("NoSuchPublicAccessBlockConfiguration")).toBucket())
        .add(B.bucket("unknown").toBucket())
        .build();
    assertThat(resultFor(check, m, ACCOUNT).status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "bare").message()).contains("account-level");
    assertThat(resultFor(check, m, "unknown").status()).isEqualTo(Status.PASS);
  }

  @Test
  void theTwoLevelsCombine() {
    CloudModel m = model().accountPublicAccessBlock(Collected.present(ACLS_ONLY))
        .add(B.bucket("combined").publicAccessBlock(Collected.present(POLICY_ONLY)).toBucket())
        .add(B.bucket("gap").publicAccessBlock(Collected.present(ACLS_ONLY)).toBucket())
        .build();
    assertThat(resultFor(check, m, ACCOUNT).status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "combined").status()).isEqualTo(Status.PASS);
    CheckResult gap = resultFor(check, m, "gap");
    assertThat(gap.status()).isEqualTo(Status.FAIL);
    assertThat(gap.message()).contains("BlockPublicPolicy, RestrictPublicBuckets");
  }

  @Test
  void aBucketBlockingAllPassesWithoutAccountData() {
    CloudModel m = model()
        .add(B.bucket("locked").publicAccessBlock(Collected.present(ALL)).toBucket())
        .add(B.bucket("partial").publicAccessBlock(Collected.present(ACLS_ONLY)).toBucket())
        .build();
    assertThat(resultFor(check, m, ACCOUNT).status()).isEqualTo(Status.NOT_EVALUATED);
    assertThat(resultFor(check, m, "locked").status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, "partial").status()).isEqualTo(Status.NOT_EVALUATED);
  }

  @Test
  void noSettingAnywhereFails() {
    CloudModel m = model().accountPublicAccessBlock(Collected.absent("NoSuchPublicAccessBlockConfiguration"))
        .add(B.bucket("open").publicAccessBlock(Collected.absent("NoSuchPublicAccessBlockConfiguration")).toBucket())
        .build();
    assertThat(resultFor(check, m, ACCOUNT).status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, ACCOUNT).remediationOverride()).hasValueSatisfying(c -> assertThat(c).contains("s3control"));
    assertThat(resultFor(check, m, "open").status()).isEqualTo(Status.FAIL);
  }
}
