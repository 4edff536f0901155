package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.Reason;
import java.io.PrintWriter;

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
    return doc;
  }

  static void decisionText(PrintWriter out, AuthorizationResult result) {
    out.println(result.decision());
    result.blockedBy().ifPresent(b -> out.println("  no " + b.label() + " policy allows the request"));
    for (Reason r : result.reasons()) {
      out.println("  " + r.effect().policyText() + "  " + r.kind().label() + "  " + r.policy() + "  statement " + r.statement());
    }
  }
}
