package dev.mamori.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.audit.CheckMetadata;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Finding;
import dev.mamori.audit.MuteRule;
import dev.mamori.audit.MutedFinding;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import dev.mamori.audit.Summary;
import dev.mamori.snapshot.InputError;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON contract of {@code mamori audit}: {@code findings} (PASS rows only with --all) with the
 * contract's fields, then fields added since (title, source, explanation), {@code summary} counts of
 * every result, muted findings listed apart with their reason, and what was not evaluated.
 */
public final class JsonReport implements ReportRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(ReportInput input, Writer out) throws IOException {
    // Streamed: a large account's report is tens of megabytes, not worth holding as one string too.
    MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document(input));
    out.write(System.lineSeparator());
  }

  static ObjectNode document(ReportInput input) {
    ObjectNode doc = MAPPER.createObjectNode();
    ArrayNode findings = doc.putArray("findings");
    input.listed().forEach(f -> findings.add(finding(f)));
    doc.set("summary", summary(input.report().summary(), input.report().findings().size()));
    doc.put("snapshot", input.snapshot().toString());
    doc.put("account", input.account().orElse(null));
    doc.put("asOf", input.report().asOf().toString());
    ArrayNode muted = doc.putArray("muted");
    for (MutedFinding m : input.report().muted()) {
      ObjectNode o = finding(m.finding());
      o.set("mute", mute(m.rule()));
      muted.add(o);
    }
    ArrayNode expired = doc.putArray("expiredMutes");
    input.report().expiredMutes().forEach(r -> expired.add(mute(r)));
    ArrayNode errors = doc.putArray("errors");
    for (InputError e : input.loadErrors()) {
      ObjectNode o = errors.addObject().put("file", e.file()).put("path", e.path());
      e.line().ifPresent(l -> o.put("line", l));
      o.put("message", e.message()).put("consequence", "not loaded: the resources it holds were not evaluated");
    }
    doc.put("warnings", input.warnings().size());
    doc.set("timings", timings(input));
    return doc;
  }

  static ObjectNode finding(Finding f) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("check", f.check());
    o.put("status", f.status().name());
    o.put("resource", f.resource());
    o.put("region", f.region());
    o.put("severity", f.severity().id());
    o.put("responsibility", f.responsibility());
    ArrayNode cis = o.putArray("cis");
    f.cis().forEach(cis::add);
    o.put("message", f.message());
    o.put("remediation", f.remediation());
    o.put("title", f.title());
    o.put("source", f.source().orElse(null));
    o.set("explanation", explanation(f.explanation()));
    return o;
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode o = MAPPER.createObjectNode().put("kind", Explanations.kind(e));
    if (e instanceof Explanation.Facts f) {
      ArrayNode facts = o.putArray("facts");
      f.facts().forEach(facts::add);
    } else if (e instanceof Explanation.NetworkTrace t) {
      // "flow" and "hops" (the first flow) came first and are kept; "flows" holds every flow.
      Explanation.NetworkTrace.Flow first = t.flows().get(0);
      o.put("flow", first.flow());
      o.set("hops", hops(first.hops()));
      ArrayNode flows = o.putArray("flows");
      t.flows().forEach(f -> flows.addObject().put("flow", f.flow()).set("hops", hops(f.hops())));
    } else if (e instanceof Explanation.PolicyStatements p) {
      o.put("question", p.question()).put("decision", p.decision());
      ArrayNode reasons = o.putArray("reasons");
      p.statements().forEach(s -> reasons.addObject().put("policy", s.policy()).put("statement", s.statement())
          .put("effect", s.effect()));
    }
    return o;
  }

  private static ArrayNode hops(java.util.List<Explanation.NetworkTrace.Hop> hops) {
    ArrayNode out = MAPPER.createArrayNode();
    hops.forEach(h -> out.addObject().put("kind", h.kind()).put("id", h.id()).put("direction", h.direction())
        .put("decision", h.decision()).put("rule", h.rule()).put("detail", h.detail()));
    return out;
  }

  /**
   * Milliseconds per check and per check family (iam, network, data), for benchmarks, for reading
   * the snapshot ({@code load}) and for the whole audit ({@code audit}): checks run in parallel, so the family sums can exceed {@code audit}. A check that
   * first needs an engine (the network topology, the internet exposure, the IAM engine) is charged
   * for building it, and a check waiting for another to finish building one is charged the wait.
   * {@code checksCpu}/{@code familiesCpu} are the CPU time of each check's thread: what the check
   * itself computed, whatever else the machine was doing.
   */
  private static ObjectNode timings(ReportInput input) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("load", Math.round(input.loadTime().toNanos() / 1e5) / 10.0);
    o.put("audit", Math.round(input.report().total().toNanos() / 1e5) / 10.0);
    perCheck(input, input.report().durations(), o.putObject("families"), o.putObject("checks"));
    perCheck(input, input.report().cpuDurations(), o.putObject("familiesCpu"), o.putObject("checksCpu"));
    return o;
  }

  private static void perCheck(ReportInput input, Map<String, java.time.Duration> times, ObjectNode families,
      ObjectNode checks) {
    for (CheckMetadata m : input.report().checksRun()) {
      double ms = times.getOrDefault(m.id(), java.time.Duration.ZERO).toNanos() / 1e6;
      checks.put(m.id(), Math.round(ms * 10) / 10.0);
      families.put(m.family(), Math.round((families.path(m.family()).asDouble(0) + ms) * 10) / 10.0);
    }
  }

  private static ObjectNode mute(MuteRule r) {
    return MAPPER.createObjectNode().put("check", r.check()).put("resource", r.resource()).put("reason", r.reason())
        .put("expires", r.expires().map(Object::toString).orElse(null));
  }

  private static ObjectNode summary(Summary s, int results) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("checks", s.checks());
    o.put("results", results);
    ObjectNode byStatus = o.putObject("byStatus");
    for (Status st : Status.values()) {
      byStatus.put(st.name(), s.count(st));
    }
    ObjectNode bySeverity = o.putObject("failuresBySeverity");
    for (Severity sev : Severity.values()) {
      bySeverity.put(sev.id(), s.failures(sev));
    }
    ObjectNode byResponsibility = o.putObject("byResponsibility");
    for (Map.Entry<String, Map<Status, Integer>> e : s.byResponsibility().entrySet()) {
      ObjectNode r = byResponsibility.putObject(e.getKey());
      for (Status st : Status.values()) {
        r.put(st.name(), e.getValue().getOrDefault(st, 0));
      }
    }
    o.put("muted", s.muted());
    return o;
  }
}
