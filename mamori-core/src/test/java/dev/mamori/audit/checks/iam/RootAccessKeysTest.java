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

class RootAccessKeysTest {
  private final RootAccessKeys check = new RootAccessKeys();

  @Test
  void failsWhenRootHasAnActiveKey() {
    CloudModel m = model().iam(iam(Row.root().keys(activeKey(daysAgo(10), Optional.empty()), noKey()))).build();
    CheckResult r = run(check, m).get(0);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.resource()).isEqualTo("arn:aws:iam::111122223333:root");
    assertThat(r.message()).contains("1 active access key");
  }

  @Test
  void passesWhenRootHasNoKeys() {
    CloudModel m = model().iam(iam(Row.root(), Row.user("alice"))).build();
    assertThat(run(check, m)).singleElement().extracting(CheckResult::status).isEqualTo(Status.PASS);
  }

  @Test
  void fallsBackToTheAccountSummary() {
    CloudModel m = model().iam(iam(Collected.present(Map.of("AccountAccessKeysPresent", 1L)), Collected.notCollected(),
        Collected.notCollected())).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void notEvaluatedWithoutReportOrSummary() {
    assertThat(run(check, model().build()).get(0).status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
