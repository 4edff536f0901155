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

import dev.mamori.model.EbsEncryptionDefault;

class EbsDefaultEncryptionTest {
  private final EbsDefaultEncryption check = new EbsDefaultEncryption();

  @Test
  void eachRegionIsJudgedOnItsOwnSetting() {
    CloudModel m = model().region("us-east-1").region("ap-south-1").region("global")
        .add(new EbsEncryptionDefault(ACCOUNT, REGION, true, Optional.of("alias/aws/ebs")))
        .add(new EbsEncryptionDefault(ACCOUNT, "us-east-1", false, Optional.empty()))
        .build();
    List<CheckResult> results = run(check, m);
    assertThat(results).extracting(CheckResult::region).containsExactlyInAnyOrder(REGION, "us-east-1", "ap-south-1");
    assertThat(results).filteredOn(r -> r.region().equals(REGION)).singleElement().extracting(CheckResult::status).isEqualTo(Status.PASS);
    assertThat(results).filteredOn(r -> r.region().equals("us-east-1")).singleElement().extracting(CheckResult::status).isEqualTo(Status.FAIL);
    assertThat(results).filteredOn(r -> r.region().equals("ap-south-1")).singleElement().extracting(CheckResult::status)
        .isEqualTo(Status.NOT_EVALUATED);
  }
}
