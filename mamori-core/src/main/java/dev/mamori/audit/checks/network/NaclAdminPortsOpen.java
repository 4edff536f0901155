package dev.mamori.audit.checks.network;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Explanation.NetworkTrace.Flow;
import dev.mamori.model.NetworkAcl;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.net.IpFamily;
import dev.mamori.net.PacketSet;
import dev.mamori.net.Protocols;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.NaclDecidingEntry;
import dev.mamori.net.filter.NetworkAclEvaluator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CIS 5.2: no network ACL admits remote administration (22, 3389 over TCP or UDP) from the whole
 * internet, IPv4 (0.0.0.0/0) or IPv6 (::/0).
 *
 * <p>CIS reads the allow entries alone; Mamori asks the network engine which entries actually
 * decide the service under first match, so that a lower-numbered deny is honoured. A service is
 * open when the allow entries that decide it for some internet address together cover the whole
 * internet of that version, as an entry for 0.0.0.0/0 does. So "deny tcp 22 from 0.0.0.0/0" before
 * "allow all from 0.0.0.0/0" closes port 22 (the allow never decides it), while "deny 22 from one
 * scanner range" before that allow does not (the allow still opens 22 to the rest of the
 * internet: the deny names who may not, not who may). An entry that only some addresses reach,
 * such as "allow 22 from the office" followed by "deny all", is a restriction and passes.
 */
public final class NaclAdminPortsOpen implements Check {
  @Override
  public String id() {
    return "nacl-admin-ports-open";
  }

  /** One administration service open to one IP version's internet, and the entries that decide it. */
  private record Opening(AdminService service, InternetOf internet, List<NaclDecidingEntry> deciding) {

    NaclDecidingEntry firstAllow() {
      return deciding.stream().filter(d -> d.match().allows()).findFirst().orElseThrow();
    }

    String words() {
      return service + " from " + internet.words();
    }
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    List<AdminService> services = AdminService.of(ctx.metadata());
    List<Question> questions = new ArrayList<>();
    for (IpFamily family : IpFamily.values()) {
      InternetOf internet = new InternetOf(family);
      PacketSet fromInternet = internet.asSources();
      services.forEach(s -> questions.add(new Question(s, internet, s.packets().intersection(fromInternet))));
    }
    List<CheckResult> out = new ArrayList<>();
    for (NetworkAcl acl : ctx.model().networkAcls()) {
      NetworkAclEvaluator evaluator = ctx.engines().network().networkAcl(acl);
      List<Opening> open = new ArrayList<>();
      for (Question q : questions) {
        List<NaclDecidingEntry> deciding = evaluator.decidingEntries(Direction.INGRESS, q.packets());
        if (openedBy(deciding, q.packets())) {
          open.add(new Opening(q.service(), q.internet(), deciding));
        }
      }
      out.add(judge(acl, services, open));
    }
    return out;
  }

  /** One service from one IP version's internet, as packets: the same for every ACL, so built once. */
  private record Question(AdminService service, InternetOf internet, PacketSet packets) {}

  /** True when the allow entries that decide part of {@code asked} admit all of it, read alone. */
  private static boolean openedBy(List<NaclDecidingEntry> deciding, PacketSet asked) {
    List<PacketSet> allowing = deciding.stream().filter(d -> d.match().allows()).map(d -> d.match().packets()).toList();
    return !allowing.isEmpty() && PacketSet.unionAll(allowing).containsAll(asked);
  }

  private static CheckResult judge(NetworkAcl acl, List<AdminService> services, List<Opening> open) {
    if (open.isEmpty()) {
      return CheckResult.pass(acl.id(), acl.region(), acl.id() + " admits no remote administration port ("
          + AdminService.describe(services) + ") from the whole internet");
    }
    List<Flow> flows = open.stream().map(o -> new Flow(o.words(),
        o.deciding().stream().map(d -> NetworkHops.of(d.match())).toList())).toList();
    List<String> rules = open.stream().map(o -> o.firstAllow().match().entry().label()).distinct().toList();
    String message = acl.id() + " admits " + byInternet(open) + " (rule" + (rules.size() > 1 ? "s " : " ")
        + String.join(", ", rules) + ")";
    return CheckResult.fail(acl.id(), acl.region(), message)
        .because(new Explanation.NetworkTrace(flows))
        .withRemediation(denyFirst(acl, open));
  }

  /** {@code tcp 22 and udp 22 from the whole IPv4 internet, tcp 22 from the whole IPv6 internet}. */
  private static String byInternet(List<Opening> open) {
    Map<String, List<AdminService>> byFamily = new LinkedHashMap<>();
    open.forEach(o -> byFamily.computeIfAbsent(o.internet().words(), k -> new ArrayList<>()).add(o.service()));
    List<String> parts = new ArrayList<>();
    byFamily.forEach((internet, services) -> parts.add(AdminPortWords.list(services) + " from " + internet));
    return String.join(", ", parts);
  }

  /** For each open service, a deny entry numbered just before the allow that opens it. */
  private static String denyFirst(NetworkAcl acl, List<Opening> open) {
    Set<Integer> used = acl.entries(false).stream().map(NetworkAclEntry::ruleNumber).collect(Collectors.toSet());
    List<String> commands = new ArrayList<>();
    for (Opening o : open) {
      int allow = o.firstAllow().match().entry().ruleNumber();
      int number = allow - 1;
      while (number >= 1 && used.contains(number)) {
        number--;
      }
      String rule = number >= 1 ? Integer.toString(number) : "RULE_BEFORE_" + allow;
      if (number >= 1) {
        used.add(number);
      }
      String cidr = o.internet().family() == IpFamily.IPV4 ? "--cidr-block 0.0.0.0/0" : "--ipv6-cidr-block ::/0";
      commands.add("aws ec2 create-network-acl-entry --network-acl-id {resource} --region {region} --ingress"
          + " --rule-number " + rule + " --protocol " + Protocols.name(o.service().protocol()) + " --port-range From="
          + o.service().port() + ",To=" + o.service().port() + " " + cidr + " --rule-action deny");
    }
    return String.join(" && ", commands);
  }
}
