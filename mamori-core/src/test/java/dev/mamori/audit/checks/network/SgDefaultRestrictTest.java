package dev.mamori.audit.checks.network;

import static dev.mamori.audit.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Status;
import dev.mamori.model.CloudModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroupRule;

class SgDefaultRestrictTest {
  private final SgDefaultRestrict check = new SgDefaultRestrict();
  private static final SecurityGroupRule SELF = new SecurityGroupRule(IpProtocol.ALL, Optional.empty(), Optional.empty(),
      List.of(new RulePeer.GroupPeer("sg-default1", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
  private static final SecurityGroupRule ANYWHERE = new SecurityGroupRule(IpProtocol.ALL, Optional.empty(), Optional.empty(),
      List.of(new RulePeer.CidrPeer(Cidr.parse("0.0.0.0/0"), Optional.empty())));

  @Test
  void aDefaultGroupWithRulesFailsAnEmptyOnePasses() {
    CloudModel m = model()
        .add(group("sg-default1", "default", List.of(SELF), List.of(ANYWHERE)))
        .add(group("sg-default2", "default", List.of(), List.of()))
        .add(group("sg-web", "web", List.of(ANYWHERE), List.of(ANYWHERE)))
        .build();
    CheckResult fail = resultFor(check, m, "sg-default1");
    assertThat(fail.status()).isEqualTo(Status.FAIL);
    assertThat(fail.remediationValues().get("ingress")).isEqualTo("[{\"IpProtocol\":\"-1\",\"UserIdGroupPairs\":[{\"GroupId\":\"sg-default1\"}]}]");
    assertThat(fail.remediationValues().get("egress")).isEqualTo("[{\"IpProtocol\":\"-1\",\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]}]");
    assertThat(resultFor(check, m, "sg-default2").status()).isEqualTo(Status.PASS);
    assertThat(run(check, m)).extracting(CheckResult::resource).doesNotContain("sg-web");
  }
}
