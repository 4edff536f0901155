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

class IamKeyRotationTest {
  private final IamKeyRotation check = new IamKeyRotation();

  @Test
  void keyOlderThan90DaysFails() {
    CloudModel m = model().iam(iam(Row.user("old").keys(activeKey(daysAgo(91), Optional.of(daysAgo(1))), noKey()))).build();
    CheckResult r = run(check, m).get(0);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("access key 1 is 91 days old");
  }

  @Test
  void keyRotatedWithin90DaysPasses() {
    CloudModel m = model().iam(iam(Row.user("fresh").keys(activeKey(daysAgo(90), Optional.of(daysAgo(1))), noKey()))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void userWithoutKeysPasses() {
    assertThat(run(check, model().iam(iam(Row.user("nokeys"))).build()).get(0).status()).isEqualTo(Status.PASS);
  }
}
