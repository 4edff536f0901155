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

class RootRecentUseTest {
  private final RootRecentUse check = new RootRecentUse();

  @Test
  void failsWhenRootSignedInRecently() {
    CheckResult r = run(check, model().iam(iam(Row.root().password(Optional.of(daysAgo(3))))).build()).get(0);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("3 days");
  }

  @Test
  void failsWhenARootKeyWasUsedRecently() {
    CloudModel m = model().iam(iam(Row.root().password(Optional.of(daysAgo(300)))
        .keys(activeKey(daysAgo(400), Optional.of(daysAgo(20))), noKey()))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void passesWhenRootWasLastUsedLongAgo() {
    assertThat(run(check, model().iam(iam(Row.root().password(Optional.of(daysAgo(200))))).build()).get(0).status())
        .isEqualTo(Status.PASS);
  }

  @Test
  void passesWhenRootWasNeverUsed() {
    assertThat(run(check, model().iam(iam(Row.root())).build()).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void theScanTimeDecidesNotTheClock() {
    CloudModel m = model().iam(iam(Row.root().password(Optional.of(daysAgo(3))))).build();
    CheckResult later = check.evaluate(new dev.mamori.audit.AuditContext(m, AS_OF.plusSeconds(365L * 86400),
        dev.mamori.audit.CheckCatalog.bundled().require(check.id()), dev.mamori.audit.Engines.of(m))).get(0);
    assertThat(later.status()).isEqualTo(Status.PASS);
  }
}
