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

class RootMfaTest {
  private final RootMfa check = new RootMfa();

  @Test
  void failsWithoutMfa() {
    assertThat(run(check, model().iam(iam(Row.root().mfa(false))).build()).get(0).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void passesWithMfa() {
    assertThat(run(check, model().iam(iam(Row.root().mfa(true))).build()).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void readsTheAccountSummaryWhenTheReportIsMissing() {
    CloudModel m = model().iam(iam(Collected.present(Map.of("AccountMFAEnabled", 1L)), Collected.notCollected(),
        Collected.notCollected())).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void notEvaluatedWithoutData() {
    assertThat(run(check, model().build()).get(0).status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
