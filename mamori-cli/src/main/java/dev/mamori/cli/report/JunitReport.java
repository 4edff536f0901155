package dev.mamori.cli.report;

import dev.mamori.audit.CheckMetadata;
import dev.mamori.audit.Finding;
import dev.mamori.audit.MutedFinding;
import dev.mamori.audit.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one test suite per check, one test case per check × resource
 * (every result, PASS included: a dashboard counts passes). FAIL is a {@code failure}; NOT_EVALUATED
 * and muted findings are {@code skipped}, with the reason.
 */
public final class JunitReport implements ReportRenderer {

  @Override
  public boolean showsEveryPass() {
    return true;
  }

  @Override
  public void render(ReportInput input, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      Map<String, List<Case>> byCheck = cases(input);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "mamori audit " + input.snapshot());
      writeCounts(xml, byCheck.values().stream().flatMap(List::stream).toList());
      xml.writeCharacters("\n");
      for (CheckMetadata m : input.report().checksRun()) {
        suite(xml, m, byCheck.getOrDefault(m.id(), List.of()), input);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  /** A finding and, when muted, why. */
  private record Case(Finding finding, String muteReason) {}

  private static Map<String, List<Case>> cases(ReportInput input) {
    Map<String, List<Case>> byCheck = new LinkedHashMap<>();
    input.report().findings().forEach(f -> byCheck.computeIfAbsent(f.check(), k -> new ArrayList<>()).add(new Case(f, "")));
    for (MutedFinding m : input.report().muted()) {
      byCheck.computeIfAbsent(m.finding().check(), k -> new ArrayList<>()).add(new Case(m.finding(), m.rule().reason()));
    }
    return byCheck;
  }

  private static void suite(XMLStreamWriter xml, CheckMetadata m, List<Case> cases, ReportInput input) throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "mamori." + m.id());
    writeCounts(xml, cases);
    xml.writeAttribute("timestamp", input.report().asOf().toString());
    xml.writeCharacters("\n");
    for (Case c : cases) {
      testcase(xml, m, c);
    }
    xml.writeCharacters("  ");
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void writeCounts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.muteReason().isEmpty() && c.finding().failed()).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(cases.stream()
        .filter(c -> !c.muteReason().isEmpty() || c.finding().status() == Status.NOT_EVALUATED).count()));
  }

  private static void testcase(XMLStreamWriter xml, CheckMetadata m, Case c) throws XMLStreamException {
    Finding f = c.finding();
    xml.writeCharacters("    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "mamori." + m.id());
    xml.writeAttribute("name", f.resource() + (f.region().equals("global") ? "" : " [" + f.region() + "]"));
    xml.writeAttribute("time", "0");
    if (!c.muteReason().isEmpty()) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", "muted: " + c.muteReason() + " (" + f.status().name() + ": " + f.message() + ")");
      xml.writeEndElement();
    } else if (f.failed()) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", f.message());
      xml.writeAttribute("type", f.severity().id());
      List<String> body = new ArrayList<>();
      body.add(m.title());
      body.add("severity: " + f.severity().id() + ", responsibility: " + f.responsibility()
          + (f.cis().isEmpty() ? "" : ", CIS " + String.join(", ", f.cis())));
      body.addAll(Explanations.lines(f.explanation()));
      body.add("remediation: " + f.remediation());
      xml.writeCharacters(String.join("\n", body));
      xml.writeEndElement();
    } else if (f.status() == Status.NOT_EVALUATED) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", "not evaluated: " + f.message());
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }
}
