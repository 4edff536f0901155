package dev.mamori.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mamori.audit.CheckMetadata;
import dev.mamori.audit.Explanation;
import dev.mamori.audit.Finding;
import dev.mamori.audit.MuteRule;
import dev.mamori.audit.MutedFinding;
import dev.mamori.audit.Severity;
import dev.mamori.audit.Status;
import dev.mamori.audit.Summary;
import dev.mamori.model.LoadWarning;
import dev.mamori.snapshot.InputError;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON contract of {@code mamori audit}: {@code findings} (PASS rows only with --all) with the
 * contract's fields, then fields added since (title, source, explanation), {@code summary} counts of
 * every result, muted findings listed apart with their reason, and what was not evaluated.
 *
 * <p>Written straight to the output as it is walked, field by field in the order above (the
 * layout of Jackson's default pretty printer): a large account's report has a hundred thousand
 * findings, which as a tree of JSON nodes cost more time and memory than the checks that found them.
 */
public final class JsonReport implements ReportRenderer {
  @Override
  public void render(ReportInput input, Writer out) throws IOException {
    JsonOutput.write(out, g -> document(input, g));
  }

  private static void document(ReportInput input, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : input.listed()) {
      g.writeStartObject();
      finding(f, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("summary");
    summary(input.report().summary(), g);
    g.writeStringField("snapshot", input.snapshot().toString());
    g.writeStringField("account", input.account().orElse(null));
    g.writeStringField("asOf", input.report().asOf().toString());
    g.writeArrayFieldStart("muted");
    for (MutedFinding m : input.report().muted()) {
      g.writeStartObject();
      finding(m.finding(), g);
      g.writeFieldName("mute");
      mute(m.rule(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("expiredMutes");
    for (MuteRule r : input.report().expiredMutes()) {
      mute(r, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (InputError e : input.loadErrors()) {
      g.writeStartObject();
      g.writeStringField("file", e.file());
      g.writeStringField("path", e.path());
      if (e.line().isPresent()) {
        g.writeNumberField("line", e.line().getAsInt());
      }
      g.writeStringField("message", e.message());
      g.writeStringField("consequence", "not loaded: the resources it holds were not evaluated");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("warnings", input.warnings().size());
    // The warnings themselves (ignored files and fields), for pipelines; "warnings" stays their count.
    g.writeArrayFieldStart("loadWarnings");
    for (LoadWarning w : input.warnings()) {
      g.writeStartObject();
      g.writeStringField("file", w.file());
      g.writeStringField("path", w.path());
      g.writeStringField("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("timings");
    timings(input, g);
    g.writeEndObject();
  }

  /** A finding's fields, inside an object the caller opened. */
  private static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStringField("check", f.check());
    g.writeStringField("status", f.status().name());
    g.writeStringField("resource", f.resource());
    g.writeStringField("region", f.region());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("responsibility", f.responsibility());
    strings("cis", f.cis(), g);
    g.writeStringField("message", f.message());
    g.writeStringField("remediation", f.remediation());
    g.writeStringField("title", f.title());
    g.writeStringField("source", f.source().orElse(null));
    g.writeFieldName("explanation");
    explanation(f.explanation(), g);
  }

  private static void explanation(Explanation e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", Explanations.kind(e));
    if (e instanceof Explanation.Facts f) {
      strings("facts", f.facts(), g);
    } else if (e instanceof Explanation.NetworkTrace t) {
      // "flow" and "hops" (the first flow) came first and are kept; "flows" holds every flow.
      Explanation.NetworkTrace.Flow first = t.flows().get(0);
      g.writeStringField("flow", first.flow());
      hops(first.hops(), g);
      g.writeArrayFieldStart("flows");
      for (Explanation.NetworkTrace.Flow f : t.flows()) {
        g.writeStartObject();
        g.writeStringField("flow", f.flow());
        hops(f.hops(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (e instanceof Explanation.PolicyStatements p) {
      g.writeStringField("question", p.question());
      g.writeStringField("decision", p.decision());
      g.writeArrayFieldStart("reasons");
      for (Explanation.PolicyStatements.Statement s : p.statements()) {
        g.writeStartObject();
        g.writeStringField("policy", s.policy());
        g.writeStringField("statement", s.statement());
        g.writeStringField("effect", s.effect());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void hops(List<Explanation.NetworkTrace.Hop> hops, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("hops");
    for (Explanation.NetworkTrace.Hop h : hops) {
      g.writeStartObject();
      g.writeStringField("kind", h.kind());
      g.writeStringField("id", h.id());
      g.writeStringField("direction", h.direction());
      g.writeStringField("decision", h.decision());
      g.writeStringField("rule", h.rule());
      g.writeStringField("detail", h.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void strings(String name, List<String> values, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * Milliseconds per check and per check family (iam, network, data), for benchmarks, for reading
   * the snapshot ({@code load}) and for the whole audit ({@code audit}): checks run in parallel, so the family sums can exceed {@code audit}. A check that
   * first needs an engine (the network topology, the internet exposure, the IAM engine) is charged
   * for building it, and a check waiting for another to finish building one is charged the wait.
   * {@code checksCpu}/{@code familiesCpu} are the CPU time of each check's thread: what the check
   * itself computed, whatever else the machine was doing.
   */
  private static void timings(ReportInput input, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("load", Math.round(input.loadTime().toNanos() / 1e5) / 10.0);
    g.writeNumberField("audit", Math.round(input.report().total().toNanos() / 1e5) / 10.0);
    perCheck(input, input.report().durations(), "families", "checks", g);
    perCheck(input, input.report().cpuDurations(), "familiesCpu", "checksCpu", g);
    g.writeEndObject();
  }

  /** The families' sums, then each check's time, both in tenths of a millisecond. */
  private static void perCheck(ReportInput input, Map<String, Duration> times, String familiesField, String checksField,
      JsonGenerator g) throws IOException {
    Map<String, Double> families = new LinkedHashMap<>();
    Map<String, Double> checks = new LinkedHashMap<>();
    for (CheckMetadata m : input.report().checksRun()) {
      double ms = times.getOrDefault(m.id(), Duration.ZERO).toNanos() / 1e6;
      checks.put(m.id(), Math.round(ms * 10) / 10.0);
      families.put(m.family(), Math.round((families.getOrDefault(m.family(), 0.0) + ms) * 10) / 10.0);
    }
    numbers(familiesField, families, g);
    numbers(checksField, checks, g);
  }

  private static void numbers(String name, Map<String, Double> values, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void mute(MuteRule r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("check", r.check());
    g.writeStringField("resource", r.resource());
    g.writeStringField("reason", r.reason());
    g.writeStringField("expires", r.expires().map(Object::toString).orElse(null));
    g.writeEndObject();
  }

  private static void summary(Summary s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("checks", s.checks());
    g.writeNumberField("results", s.results());
    g.writeObjectFieldStart("byStatus");
    for (Status st : Status.values()) {
      g.writeNumberField(st.name(), s.count(st));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("failuresBySeverity");
    for (Severity sev : Severity.values()) {
      g.writeNumberField(sev.id(), s.failures(sev));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("byResponsibility");
    for (Map.Entry<String, Map<Status, Integer>> e : s.byResponsibility().entrySet()) {
      g.writeObjectFieldStart(e.getKey());
      for (Status st : Status.values()) {
        g.writeNumberField(st.name(), e.getValue().getOrDefault(st, 0));
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeNumberField("muted", s.muted());
    g.writeEndObject();
  }
}
