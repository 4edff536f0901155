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

import dev.mamori.model.IamUser;
import dev.mamori.model.InlinePolicy;
import dev.mamori.model.PolicyDocument;

class IamUserDirectPoliciesTest {
  private final IamUserDirectPolicies check = new IamUserDirectPolicies();

  private static IamUser user(String name, List<String> attached, List<InlinePolicy> inline) {
    return new IamUser(name, "AID" + name, "arn:aws:iam::111122223333:user/" + name, "/", Optional.empty(), List.of("devs"),
        inline, attached, Optional.empty(), Map.of());
  }

  @Test
  void directPoliciesFailGroupOnlyPasses() {
    CloudModel m = model()
        .add(user("alice", List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), List.of()))
        .add(user("bob", List.of(), List.of(new InlinePolicy("extra", new PolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}")))))
        .add(user("carol", List.of(), List.of()))
        .build();
    assertThat(resultFor(check, m, "arn:aws:iam::111122223333:user/alice").status()).isEqualTo(Status.FAIL);
    assertThat(resultFor(check, m, "arn:aws:iam::111122223333:user/bob").explanation().toString()).contains("inline policy extra");
    assertThat(resultFor(check, m, "arn:aws:iam::111122223333:user/carol").status()).isEqualTo(Status.PASS);
  }
}
