package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.PolicyKind;
import dev.mamori.iam.eval.Reason;
import java.io.PrintWriter;
import java.util.List;

/** Renders IAM decisions: the contract's JSON fields, and a readable text form. */
final class IamJson {
  private IamJson() {}

  static ObjectNode decision(AuthorizationResult result) {
    ObjectNode doc = Json.object();
    doc.put("decision", result.decision().name());
    ArrayNode reasons = doc.putArray("reasons");
    for (Reason r : result.reasons()) {
      reasons.addObject().put("policy", r.policy()).put("statement", r.statement())
          .put("effect", r.effect().policyText()).put("policyType", r.kind().label());
    }
    result.blockedBy().ifPresent(b -> doc.put("blockedBy", b.label()));
    doc.put("certain", result.certain());
    unknowns(doc, result.unknowns());
    return doc;
  }

  /** What the snapshot lacks that could change an answer (empty when it is certain). */
  static void unknowns(ObjectNode doc, List<String> unknowns) {
    ArrayNode list = doc.putArray("unknowns");
    unknowns.forEach(list::add);
  }

  static void decisionText(PrintWriter out, AuthorizationResult result) {
    out.println(result.decision() + (result.certain() ? "" : " (not certain)"));
    result.blockedBy().ifPresent(b -> out.println("  no " + b.label() + " policy allows the request"));
    for (Reason r : result.reasons()) {
      // A Block Public Access setting is not a policy statement: name the setting, not a "statement".
      String what = r.kind() == PolicyKind.BLOCK_PUBLIC_ACCESS ? "setting " : "statement ";
      out.println("  " + r.effect().policyText() + "  " + r.kind().label() + "  " + r.policy() + "  " + what + r.statement());
    }
    unknownsText(out, result.unknowns());
  }

  static void unknownsText(PrintWriter out, List<String> unknowns) {
    unknowns.forEach(u -> out.println("  unknown: " + u));
  }
}
