package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SgTooManyPerInterfaceTest {
  private final SgTooManyPerInterface check = new SgTooManyPerInterface();

  @Test
  void moreThanFiveGroupsFails() {
    CloudModel m = model()
        .add(eni("eni-crowded", List.of("sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6")))
        .add(eni("eni-ok", List.of("sg-1", "sg-2", "sg-3", "sg-4", "sg-5")))
        .build();
    assertThat(resultFor(check, m, "eni-crowded").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "eni-ok").status()).isEqualTo(Status.PASS);
  }
}
