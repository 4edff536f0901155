package dev.mamori.audit.checks.data;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KmsRotationTest {
  private final KmsRotation check = new KmsRotation();

  @Test
  void customerKeysMustRotateAwsKeysAreNotJudged() {
    CloudModel m = model()
        .add(key("k-rotating", "CUSTOMER", Collected.present(true)))
        .add(key("k-static", "CUSTOMER", Collected.present(false)))
        .add(key("k-unknown", "CUSTOMER", Collected.notCollected()))
        .add(key("k-aws", "AWS", Collected.present(false)))
        .build();
    assertThat(resultFor(check, m, key("k-rotating", "CUSTOMER", Collected.notCollected()).arn()).status()).isEqualTo(Status.PASS);
    assertThat(resultFor(check, m, key("k-static", "CUSTOMER", Collected.notCollected()).arn()).status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, key("k-unknown", "CUSTOMER", Collected.notCollected()).arn()).status())
        .isEqualTo(Status.NOT_EVALUATED);
    assertThat(run(check, m)).hasSize(3);
  }
}
