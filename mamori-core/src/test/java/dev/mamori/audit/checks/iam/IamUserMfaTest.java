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

class IamUserMfaTest {
  private final IamUserMfa check = new IamUserMfa();

  @Test
  void consoleUserWithoutMfaFailsWithMfaPasses() {
    CloudModel m = model().iam(iam(Row.root(), Row.user("alice").password(Optional.of(daysAgo(1))),
        Row.user("bob").password(Optional.of(daysAgo(1))).mfa(true), Row.user("ci"))).build();
    List<CheckResult> results = run(check, m);
    assertThat(results).hasSize(3);
    assertThat(resultFor(check, m, Row.user("alice").arn()).status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, Row.user("bob").arn()).status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, Row.user("ci").arn()).message()).contains("no console password");
    assertThat(resultFor(check, m, Row.user("alice").arn()).remediationValues()).containsEntry("user", "alice");
  }

  @Test
  void notEvaluatedWithoutTheReport() {
    assertThat(run(check, model().build())).singleElement().extracting(CheckResult::status).isEqualTo(Status.NOT_EVALUATED);
  }
}
