package dev.mamori.audit.checks.iam;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IamUnusedCredentialsTest {
  private final IamUnusedCredentials check = new IamUnusedCredentials();

  @Test
  void failsOnAPasswordIdleFor45Days() {
    CloudModel m = model().iam(iam(Row.user("alice").password(Optional.of(daysAgo(45))))).build();
    CheckResult r = run(check, m).get(0);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("console password unused for 45 days");
  }

  @Test
  void failsOnAKeyNeverUsedSinceIssuedLongAgo() {
    CloudModel m = model().iam(iam(Row.user("ci").keys(activeKey(daysAgo(100), Optional.empty()), noKey()))).build();
    assertThat(run(check, m).get(0).message()).contains("access key 1 never used in 100 days");
  }

  @Test
  void passesWhenEverythingWasUsedRecently() {
    CloudModel m = model().iam(iam(Row.user("alice").password(Optional.of(daysAgo(2)))
        .keys(activeKey(daysAgo(100), Optional.of(daysAgo(1))), noKey()))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void inactiveKeysDoNotCount() {
    CloudModel m = model().iam(iam(Row.user("bob").keys(
        new dev.mamori.model.AccessKeyStatus(false, Optional.of(daysAgo(900)), Optional.empty(), Optional.empty()), noKey()))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.PASS);
  }
}
