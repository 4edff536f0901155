package dev.mamori.audit;

import dev.mamori.model.CloudModel;
import dev.mamori.responsibility.ResponsibilityItem;
import dev.mamori.responsibility.SharedResponsibilityModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs checks over a model and gathers their findings into a report. */
public final class Auditor {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

  private final CheckCatalog catalog;
  private final Map<String, Check> checks;

  public Auditor(CheckCatalog catalog, List<Check> checks) {
    this.catalog = catalog;
    Map<String, Check> byId = new LinkedHashMap<>();
    for (Check c : checks) {
      catalog.require(c.id());
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException("check " + c.id() + " is registered twice");
      }
    }
    this.checks = byId;
  }

  /** The bundled catalog with every registered check. */
  public static Auditor standard() {
    return new Auditor(CheckCatalog.bundled(), CheckRegistry.all());
  }

  public CheckCatalog catalog() {
    return catalog;
  }

  /** IDs of the checks this auditor can run. */
  public Set<String> runnable() {
    return checks.keySet();
  }

  /**
   * Audits the model.
   *
   * @throws IllegalArgumentException when the request names a check the catalog does not have
   */
  public AuditReport run(CloudModel model, AuditRequest request) {
    Set<String> unknown = new TreeSet<>(request.checks());
    catalog.all().forEach(m -> unknown.remove(m.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown check(s): " + String.join(", ", unknown));
    }
    List<CheckMetadata> run = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<MutedFinding> muted = new ArrayList<>();
    Map<String, Duration> durations = new LinkedHashMap<>();
    Engines engines = Engines.of(model);
    for (CheckMetadata m : catalog.all()) {
      if (!request.checks().isEmpty() && !request.checks().contains(m.id())) {
        continue;
      }
      Check check = checks.get(m.id());
      if (check == null) {
        continue; // an auditor built with a few checks (tests do) runs only those
      }
      run.add(m);
      long start = System.nanoTime();
      for (CheckResult r : check.evaluate(new AuditContext(model, request.asOf(), m, engines))) {
        Finding f = finding(m, r, model);
        // A PASS needs no accepting: only failures and unknowns are muted.
        Optional<MuteRule> mute = f.status() == Status.PASS ? Optional.empty() : request.mutelist().ruleFor(f, request.asOf());
        mute.ifPresentOrElse(rule -> muted.add(new MutedFinding(f, rule)), () -> findings.add(f));
      }
      durations.put(m.id(), Duration.ofNanos(System.nanoTime() - start));
    }
    findings.sort(AuditReport.WORST_FIRST);
    List<String> order = SharedResponsibilityModel.bundled().items().stream().map(ResponsibilityItem::id).toList();
    Summary summary = Summary.of(run.size(), findings, muted.size(), order);
    return new AuditReport(request.asOf(), run, findings, muted, request.mutelist().expiredAt(request.asOf()),
        durations, summary);
  }

  private static Finding finding(CheckMetadata m, CheckResult r, CloudModel model) {
    Map<String, String> values = new LinkedHashMap<>(r.remediationValues());
    values.putIfAbsent("resource", r.resource());
    values.putIfAbsent("region", r.region());
    values.putIfAbsent("account", model.accountId().filter(a -> !a.isEmpty()).orElse("ACCOUNT_ID"));
    String remediation = fill(r.remediationOverride().orElse(m.remediation()), values);
    return new Finding(m.id(), m.title(), r.status(), r.resource(), r.region(), r.severityOverride().orElse(m.severity()), m.responsibility(), m.cis(),
        r.message(), remediation, r.explanation(), model.sourceOf(r.resource()));
  }

  /** Fills known placeholders; unknown ones stay for the reader to fill in. */
  static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
