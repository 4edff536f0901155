package dev.mamori.cli.report;

import dev.mamori.audit.Explanation;
import java.util.ArrayList;
import java.util.List;

/** An explanation as lines of text, for the formats that have no structure for it. */
final class Explanations {
  private Explanations() {}

  static List<String> lines(Explanation e) {
    List<String> out = new ArrayList<>();
    if (e instanceof Explanation.Facts f) {
      out.addAll(f.facts());
    } else if (e instanceof Explanation.NetworkTrace t) {
      for (Explanation.NetworkTrace.Flow flow : t.flows()) {
        out.add("flow: " + flow.flow());
        flow.hops().forEach(h -> out.add("  " + h.kind() + " " + h.id() + (h.direction().isEmpty() ? "" : " " + h.direction())
            + ": " + h.decision() + (!h.detail().isEmpty() ? " — " + h.detail()
                : h.rule().isEmpty() ? "" : " (rule " + h.rule() + ")")));
      }
    } else if (e instanceof Explanation.PolicyStatements p) {
      out.add(p.question() + ": " + p.decision());
      p.statements().forEach(s -> out.add(s.effect() + " by " + s.policy() + " statement " + s.statement()));
    }
    return out;
  }

  /** The explanation's kind as JSON names it. */
  static String kind(Explanation e) {
    if (e instanceof Explanation.Facts) {
      return "facts";
    }
    if (e instanceof Explanation.NetworkTrace) {
      return "network-trace";
    }
    if (e instanceof Explanation.PolicyStatements) {
      return "policy-statements";
    }
    return "none";
  }
}
