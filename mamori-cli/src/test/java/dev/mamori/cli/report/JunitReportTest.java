package dev.mamori.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

  private Document render() throws Exception {
    StringWriter out = new StringWriter();
    new JunitReport().render(SampleReports.sample(Path.of("snap"), false), out);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneTestCasePerCheckAndResource() throws Exception {
    Document doc = render();
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList cases = doc.getElementsByTagName("testcase");
    // 2 exposed-admin-port + 1 s3-public-bucket + 1 kms-rotation + 2 sg-default-restrict (one muted): PASS rows included.
    assertThat(cases.getLength()).isEqualTo(6);
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("3");
    assertThat(root.getAttribute("skipped")).isEqualTo("2");
  }

  @Test
  void failuresCarrySeverityExplanationAndRemediation() throws Exception {
    Document doc = render();
    NodeList cases = doc.getElementsByTagName("testcase");
    Element bastion = null;
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").startsWith("eni-bastion")) {
        bastion = c;
      }
    }
    assertThat(bastion).isNotNull();
    assertThat(bastion.getAttribute("classname")).isEqualTo("mamori.exposed-admin-port");
    assertThat(bastion.getAttribute("name")).isEqualTo("eni-bastion [eu-west-1]");
    Element failure = (Element) bastion.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("critical");
    assertThat(failure.getTextContent()).contains("security-group sg-ssh ingress: ALLOWED").contains("remediation: aws ec2");
  }

  @Test
  void mutedAndNotEvaluatedAreSkippedWithTheirReason() throws Exception {
    NodeList skipped = render().getElementsByTagName("skipped");
    assertThat(skipped.getLength()).isEqualTo(2);
    String messages = ((Element) skipped.item(0)).getAttribute("message") + ((Element) skipped.item(1)).getAttribute("message");
    assertThat(messages).contains("muted: legacy VPC, rebuilt in Q3").contains("not evaluated: get-key-rotation-status");
  }
}
