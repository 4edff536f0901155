package dev.mamori.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private String render(boolean all) throws Exception {
    StringWriter out = new StringWriter();
    new HtmlReport().render(SampleReports.sample(Path.of("snap"), all), out);
    return out.toString();
  }

  @Test
  void isOneSelfContainedFile() throws Exception {
    String html = render(false);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<script>").contains("<svg");
    // Nothing is fetched when the file is opened: no external scripts, styles, images or fonts.
    assertThat(html).doesNotContainPattern("<script[^>]+src=").doesNotContainPattern("<link[^>]+href=")
        .doesNotContainPattern("<img").doesNotContain("@import").doesNotContainPattern("url\\(");
    Matcher urls = Pattern.compile("https?://[^\"' <]+").matcher(html);
    while (urls.find()) {
      assertThat(urls.group()).as("only the SVG namespace may appear").isEqualTo("http://www.w3.org/2000/svg");
    }
  }

  @Test
  void showsSummaryChartTableExplanationsAndRemediation() throws Exception {
    String html = render(false);
    assertThat(html).contains("Failures by severity").contains("Results by customer responsibility");
    assertThat(html).contains("data-status=\"FAIL\"").contains("data-check=\"exposed-admin-port\"");
    assertThat(html).contains("flow: internet -&gt; 203.0.113.10:22/tcp")
        .contains("route rtb-1 ingress: ALLOWED — routed by rtb-1");
    assertThat(html).contains("Allow by bucket policy of public-site statement PublicRead");
    assertThat(html).contains("aws s3api put-public-access-block --bucket public-site");
    assertThat(html).contains("data-status=\"MUTED\"").contains("legacy VPC, rebuilt in Q3");
    assertThat(html).contains("Not loaded, so not evaluated").contains("broken.json");
    assertThat(html).contains("id=\"filter-text\"").contains("id=\"filter-status\"").contains("aria-sort");
  }

  @Test
  void escapesWhatComesFromTheSnapshot() throws Exception {
    String html = render(false);
    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void passRowsOnlyWithAll() throws Exception {
    assertThat(render(false)).doesNotContain("data-status=\"PASS\"");
    assertThat(render(true)).contains("data-status=\"PASS\"");
  }
}
