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

class IamMultipleActiveKeysTest {
  private final IamMultipleActiveKeys check = new IamMultipleActiveKeys();

  @Test
  void twoActiveKeysFailOnePasses() {
    CloudModel m = model().iam(iam(
        Row.user("two").keys(activeKey(daysAgo(5), Optional.empty()), activeKey(daysAgo(50), Optional.empty())),
        Row.user("one").keys(activeKey(daysAgo(5), Optional.empty()), noKey()))).build();
    assertThat(resultFor(check, m, Row.user("two").arn()).status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, Row.user("one").arn()).status()).isEqualTo(Status.PASS);
  }
}
