package dev.mamori.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.model.NetworkAclEntry;
import dev.mamori.model.RulePeer;
import dev.mamori.model.SecurityGroupRule;
import dev.mamori.net.IntRange;
import dev.mamori.net.Packet;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import dev.mamori.net.exposure.Exposure;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.exposure.NotEvaluated;
import dev.mamori.net.filter.NaclEntryMatch;
import dev.mamori.net.filter.SecurityGroupRuleMatch;
import dev.mamori.net.reach.Blocker;
import dev.mamori.net.reach.Hop;
import dev.mamori.net.reach.HopRule;
import dev.mamori.net.reach.ReachResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The JSON of {@code reach} and {@code exposure}: the contract's fields (DESIGN.md), then extra ones. */
final class NetJson {
  private NetJson() {}

  static ObjectNode reach(ReachResult r) {
    ObjectNode doc = Json.object();
    doc.put("verdict", r.verdict().name());
    if (r.blockedBy().isPresent()) {
      doc.set("blockedBy", blocker(r.blockedBy().get()));
    } else {
      doc.putNull("blockedBy");
    }
    hops(doc.putArray("forward"), r.forward());
    hops(doc.putArray("return"), r.returnPath());
    doc.set("flow", flow(r.packet()));
    ArrayNode unknowns = doc.putArray("unknowns");
    r.unknowns().forEach(unknowns::add);
    return doc;
  }

  private static ObjectNode blocker(Blocker b) {
    ObjectNode o = Json.object();
    o.put("kind", b.kind());
    o.put("id", b.id());
    o.put("direction", b.direction().map(d -> d.jsonName()).orElse(null));
    o.put("path", b.path());
    putRule(o, b.rule());
    o.put("reason", b.reason());
    return o;
  }

  private static void hops(ArrayNode into, List<Hop> hops) {
    for (Hop h : hops) {
      ObjectNode o = into.addObject();
      o.put("kind", h.kind());
      o.put("id", h.id());
      o.put("direction", h.direction().map(d -> d.jsonName()).orElse(null));
      o.put("decision", h.decision().name());
      putRule(o, h.rule());
      o.put("detail", h.detail());
    }
  }

  /** {@code rule}: a NACL's rule number; an object for SG rules and routes; null when no rule decided. */
  private static void putRule(ObjectNode o, Optional<HopRule> rule) {
    if (rule.isEmpty()) {
      o.putNull("rule");
      return;
    }
    HopRule r = rule.get();
    if (r instanceof HopRule.NetworkAclRule n) {
      o.put("rule", n.decision().ruleNumber());
      n.decision().entry().ifPresent(e -> o.set("aclEntry", aclEntry(e)));
    } else if (r instanceof HopRule.SecurityGroupRule s) {
      o.set("rule", securityGroupRule(s.match()));
    } else {
      HopRule.RouteRule route = (HopRule.RouteRule) r;
      ObjectNode ro = o.putObject("rule");
      ro.put("destination", route.prefix().toString());
      route.route().destinationPrefixListId().ifPresent(pl -> ro.put("prefixList", pl));
      ro.put("target", route.route().target().id());
      ro.put("blackhole", route.route().blackhole());
    }
  }

  private static ObjectNode securityGroupRule(SecurityGroupRuleMatch m) {
    ObjectNode o = Json.object();
    o.put("group", m.group().id());
    o.put("groupName", m.group().name());
    o.put("direction", m.direction().jsonName());
    SecurityGroupRule rule = m.rule();
    o.put("protocol", rule.protocol().awsName());
    o.put("fromPort", rule.ports().map(p -> p.from()).orElse(null));
    o.put("toPort", rule.ports().map(p -> p.to()).orElse(null));
    rule.icmp().ifPresent(i -> o.put("icmpType", i.type()).put("icmpCode", i.code()));
    RulePeer peer = m.peer();
    o.put(peer instanceof RulePeer.CidrPeer ? "cidr" : peer instanceof RulePeer.PrefixListPeer ? "prefixList"
        : "referencedGroup", m.peerText());
    o.put("description", m.description().orElse(null));
    return o;
  }

  private static ObjectNode aclEntry(NaclEntryMatch m) {
    NetworkAclEntry e = m.entry();
    ObjectNode o = Json.object();
    o.put("acl", m.acl().id());
    o.put("ruleNumber", e.ruleNumber());
    o.put("action", e.action().name().toLowerCase(Locale.ROOT));
    o.put("protocol", e.protocol().awsName());
    o.put("fromPort", e.ports().map(p -> p.from()).orElse(null));
    o.put("toPort", e.ports().map(p -> p.to()).orElse(null));
    e.icmp().ifPresent(i -> o.put("icmpType", i.type()).put("icmpCode", i.code()));
    o.put("cidr", e.cidr().toString());
    return o;
  }

  private static ObjectNode flow(Packet p) {
    ObjectNode o = Json.object();
    o.put("protocol", Protocols.name(p.protocol()));
    o.put("source", p.source().toString());
    o.put("destination", p.destination().toString());
    if (p.protocolClass() == ProtocolClass.PORTS) {
      o.put("sourcePort", p.sourcePort()).put("destinationPort", p.destinationPort());
    }
    if (p.protocolClass() == ProtocolClass.ICMP) {
      o.put("icmpType", p.icmpType()).put("icmpCode", p.icmpCode());
    }
    return o;
  }

  /** The exposure document, written as it is walked (it can hold hundreds of thousands of CIDRs). */
  static void exposure(JsonGenerator g, ExposureReport report, String from) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("exposures");
    for (Exposure e : report.exposures()) {
      g.writeStartObject();
      g.writeStringField("eni", e.eni());
      g.writeStringField("instance", e.instance().orElse(null));
      g.writeStringField("address", e.address().toString());
      g.writeStringField("protocol", e.protocolName());
      writeIntOrNull(g, "fromPort", e.ports().map(IntRange::from));
      writeIntOrNull(g, "toPort", e.ports().map(IntRange::to));
      g.writeArrayFieldStart("sources");
      for (var c : e.sources()) {
        g.writeString(c.toString());
      }
      g.writeEndArray();
      if (e.icmpTypes().isPresent()) {
        writeRange(g, "icmpTypes", e.icmpTypes().get());
      }
      if (e.icmpCodes().isPresent()) {
        writeRange(g, "icmpCodes", e.icmpCodes().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("notEvaluated");
    for (NotEvaluated n : report.notEvaluated()) {
      g.writeStartObject();
      g.writeStringField("eni", n.eni());
      g.writeArrayFieldStart("reasons");
      for (String r : n.reasons()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("from", from);
    g.writeArrayFieldStart("warnings");
    for (String w : report.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeIntOrNull(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeRange(JsonGenerator g, String name, IntRange r) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("from", r.from());
    g.writeNumberField("to", r.to());
    g.writeEndObject();
  }

  static String layer4(Exposure e) {
    if (e.ports().isPresent()) {
      return e.ports().get().toString();
    }
    if (e.icmpTypes().isPresent()) {
      IntRange types = e.icmpTypes().get();
      IntRange codes = e.icmpCodes().orElseThrow();
      String t = types.from() == 0 && types.to() == 255 ? "any type" : "type " + types;
      return codes.from() == 0 && codes.to() == 255 ? t : t + " code " + codes;
    }
    return "";
  }
}
