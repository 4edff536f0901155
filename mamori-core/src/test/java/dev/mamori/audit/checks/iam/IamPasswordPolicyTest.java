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

class IamPasswordPolicyTest {
  private final IamPasswordPolicy check = new IamPasswordPolicy();

  private CheckResult with(dev.mamori.model.Collected<dev.mamori.model.PasswordPolicy> policy) {
    return run(check, model().iam(iam(Collected.notCollected(), policy, Collected.notCollected())).build()).get(0);
  }

  @Test
  void failsOnShortPasswordsAndReuse() {
    CheckResult r = with(Collected.present(passwordPolicy(8, Optional.empty())));
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("minimum length is 8").contains("reuse is not prevented");
  }

  @Test
  void failsWhenTooFewPasswordsAreRemembered() {
    assertThat(with(Collected.present(passwordPolicy(14, Optional.of(5)))).message()).contains("remembers 5");
  }

  @Test
  void failsWhenThereIsNoPolicy() {
    assertThat(with(Collected.absent("NoSuchEntity")).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void passesAtTheCisThresholds() {
    assertThat(with(Collected.present(passwordPolicy(14, Optional.of(24)))).status()).isEqualTo(Status.PASS);
  }

  @Test
  void notEvaluatedWhenNotCollected() {
    assertThat(with(Collected.notCollected()).status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
