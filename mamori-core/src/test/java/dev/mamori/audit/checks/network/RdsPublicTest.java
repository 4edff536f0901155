package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RdsPublicTest {
  private final RdsPublic check = new RdsPublic();

  @Test
  void publiclyAccessibleFailsPrivatePasses() {
    CloudModel m = model().add(db("exposed", true, true)).add(db("private", true, false)).build();
    assertThat(resultFor(check, m, "exposed").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "exposed").message()).contains("exposed.abc.rds.amazonaws.com:5432");
    assertThat(resultFor(check, m, "private").status()).isEqualTo(Status.PASS);
  }
}
