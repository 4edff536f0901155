package dev.mamori.cli;

import dev.mamori.model.Cidr;
import dev.mamori.net.AddressSet;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.exposure.Exposure;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.exposure.NotEvaluated;
import dev.mamori.net.filter.Outcome;
import dev.mamori.net.reach.Blocker;
import dev.mamori.net.reach.Hop;
import dev.mamori.net.reach.ReachResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text for people: the trace as a readable path, the deciding rule quoted on each hop. */
final class NetText {
  private static final int SHOWN_SOURCES = 6;

  private NetText() {}

  static void reach(PrintWriter out, ReachResult r) {
    out.println(r.packet());
    out.println(r.verdict() + r.blockedBy().map(NetText::blockedBy).orElse(""));
    r.unknowns().forEach(u -> out.println("  not in the snapshot: " + u));
    path(out, "forward", r.forward());
    path(out, "return", r.returnPath());
  }

  private static String blockedBy(Blocker b) {
    return " by " + b.kind() + " " + b.id() + b.direction().map(d -> " (" + d.jsonName()).orElse(" (")
        + (b.direction().isPresent() ? ", " : "") + b.path() + " path): " + b.reason();
  }

  private static void path(PrintWriter out, String name, List<Hop> hops) {
    if (hops.isEmpty()) {
      return;
    }
    out.println();
    out.println(name + ":");
    int kindWidth = hops.stream().mapToInt(h -> h.kind().length()).max().orElse(8);
    int idWidth = hops.stream().mapToInt(h -> h.id().length()).max().orElse(8);
    for (Hop h : hops) {
      String mark = h.decision() == Outcome.ALLOWED ? "ok  " : h.decision() == Outcome.DENIED ? "DROP" : "??  ";
      String direction = h.direction().map(d -> d.jsonName()).orElse("");
      out.printf("  %s %-" + kindWidth + "s  %-" + idWidth + "s  %-7s  %s%n", mark, h.kind(), h.id(), direction,
          h.detail());
    }
  }

  static void exposure(PrintWriter out, ExposureReport report) {
    report.warnings().forEach(w -> out.println("warning: " + w));
    if (report.exposures().isEmpty()) {
      out.println("Nothing is exposed" + (report.notEvaluated().isEmpty() ? "." : " for certain."));
    }
    Map<String, List<Exposure>> byTarget = new LinkedHashMap<>();
    for (Exposure e : report.exposures()) {
      String header = e.eni() + e.instance().map(i -> " (" + i + ")").orElse("") + " " + e.address();
      byTarget.computeIfAbsent(header, k -> new java.util.ArrayList<>()).add(e);
    }
    AddressSet everything = report.sources();
    byTarget.forEach((header, exposures) -> {
      out.println(header);
      for (Exposure e : exposures) {
        out.printf("  %-7s %-12s from %s%n", e.protocolName(), NetJson.layer4(e), sources(e.sources(), everything));
      }
    });
    if (!report.notEvaluated().isEmpty()) {
      out.println();
      out.println("Not evaluated (more may be exposed):");
      for (NotEvaluated n : report.notEvaluated()) {
        out.println("  " + n.eni() + ": " + String.join("; ", n.reasons()));
      }
    }
  }

  private static String sources(List<Cidr> cidrs, AddressSet everything) {
    AddressSet set = AddressSet.ofCidrs(cidrs);
    if (set.equals(everything)) {
      return everything.equals(InternetAddresses.all()) ? "anywhere on the internet" : "the whole --from range";
    }
    for (dev.mamori.net.IpFamily family : dev.mamori.net.IpFamily.values()) {
      if (set.equals(everything.only(family)) && !set.isEmpty()) {
        return "anywhere on the " + (family == dev.mamori.net.IpFamily.IPV4 ? "IPv4" : "IPv6") + " internet";
      }
    }
    if (cidrs.size() <= SHOWN_SOURCES) {
      return String.join(", ", cidrs.stream().map(Cidr::toString).toList());
    }
    return String.join(", ", cidrs.subList(0, SHOWN_SOURCES).stream().map(Cidr::toString).toList())
        + ", … (" + cidrs.size() + " blocks)";
  }
}
