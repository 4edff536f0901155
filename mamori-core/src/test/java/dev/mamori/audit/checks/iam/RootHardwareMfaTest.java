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

import dev.mamori.model.VirtualMfaDevice;

class RootHardwareMfaTest {
  private final RootHardwareMfa check = new RootHardwareMfa();
  private final VirtualMfaDevice rootVirtual = new VirtualMfaDevice("arn:aws:iam::111122223333:mfa/root-account-mfa-device",
      Optional.of("arn:aws:iam::111122223333:root"), Optional.of(daysAgo(30)));
  private final VirtualMfaDevice aliceVirtual = new VirtualMfaDevice("arn:aws:iam::111122223333:mfa/alice",
      Optional.of("arn:aws:iam::111122223333:user/alice"), Optional.of(daysAgo(30)));

  @Test
  void failsWhenRootMfaIsVirtual() {
    CloudModel m = model().iam(iam(Collected.notCollected(), Collected.notCollected(), Collected.present(List.of(rootVirtual)),
        Row.root().mfa(true))).build();
    CheckResult r = run(check, m).get(0);
    assertThat(r.status()).isEqualTo(Status.FAIL);
    assertThat(r.message()).contains("virtual");
  }

  @Test
  void passesWhenRootMfaIsActiveAndNoVirtualDeviceIsRoots() {
    CloudModel m = model().iam(iam(Collected.notCollected(), Collected.notCollected(), Collected.present(List.of(aliceVirtual)),
        Row.root().mfa(true))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.PASS);
  }

  @Test
  void failsWithoutAnyMfa() {
    CloudModel m = model().iam(iam(Collected.notCollected(), Collected.notCollected(), Collected.present(List.of()),
        Row.root().mfa(false))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void notEvaluatedWhenVirtualDevicesWereNotListed() {
    CloudModel m = model().iam(iam(Row.root().mfa(true))).build();
    assertThat(run(check, m).get(0).status()).isEqualTo(Status.NOT_EVALUATED);
  }
}
