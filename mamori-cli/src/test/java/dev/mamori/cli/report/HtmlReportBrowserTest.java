package dev.mamori.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (file://, network features off) and drives its
 * filters and sorting from a probe script appended to the page; Chromium prints the DOM after the
 * scripts ran, and the probe's findings are read back. Skipped when Chromium is not installed
 * ({@code apt-get install -y chromium}).
 */
class HtmlReportBrowserTest {
  @TempDir Path tmp;

  private static final String PROBE = """
      <pre id="probe"></pre>
      <script>
      (function () {
        function rows() { return Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr')); }
        function visible() { return rows().filter(function (r) { return !r.hidden; }); }
        function keys(list) { return list.map(function (r) { return r.dataset.check + '|' + r.dataset.resource; }); }
        function set(id, value, event) { var e = document.getElementById(id); e.value = value; e.dispatchEvent(new Event(event)); }
        var out = {};
        out.initial = visible().length;
        out.count = document.getElementById('row-count').textContent;
        set('filter-status', 'FAIL', 'change'); out.failed = keys(visible());
        set('filter-status', '', 'change');
        set('filter-severity', 'critical', 'change'); out.critical = keys(visible());
        set('filter-severity', '', 'change');
        set('filter-responsibility', 'access-permissions', 'change'); out.access = keys(visible());
        set('filter-responsibility', '', 'change');
        set('filter-text', 'BASTION', 'input'); out.text = keys(visible());
        set('filter-text', '', 'input');
        var severity = document.querySelector('th[data-key="severity"]');
        severity.click(); out.ascending = visible().map(function (r) { return r.dataset.severityName; });
        severity.click(); out.descending = visible().map(function (r) { return r.dataset.severityName; });
        document.querySelector('th[data-key="resource"]').click(); out.byResource = visible().map(function (r) { return r.dataset.resource; });
        out.ariaSort = document.querySelector('th[data-key="resource"]').getAttribute('aria-sort');
        document.getElementById('probe').textContent = JSON.stringify(out);
      })();
      </script>
      """;

  private static Optional<Path> chromium() {
    return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
        .map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @Test
  void filtersAndSortingWorkInABrowser() throws Exception {
    Optional<Path> browser = chromium();
    assumeTrue(browser.isPresent(), "Chromium not installed (apt-get install -y chromium); skipping the browser test");
    StringWriter html = new StringWriter();
    new HtmlReport().render(SampleReports.sample(Path.of("snap"), true), html);
    Path page = tmp.resolve("report.html");
    Files.writeString(page, html.toString().replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    JsonNode probe = probe(browser.get(), page);
    assertThat(probe.get("initial").asInt()).isEqualTo(6);
    assertThat(probe.get("count").asText()).isEqualTo("6 of 6 findings shown");
    assertThat(probe.get("failed")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("exposed-admin-port|eni-bastion", "s3-public-bucket|public-site", "sg-default-restrict|sg-0def1");
    assertThat(probe.get("critical")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("exposed-admin-port|eni-bastion", "exposed-admin-port|eni-web", "s3-public-bucket|public-site");
    assertThat(probe.get("access")).extracting(JsonNode::asText).containsExactly("s3-public-bucket|public-site");
    assertThat(probe.get("text")).extracting(JsonNode::asText).containsExactly("exposed-admin-port|eni-bastion");
    assertThat(probe.get("ascending")).extracting(JsonNode::asText).isSortedAccordingTo(HtmlReportBrowserTest::bySeverity);
    assertThat(probe.get("descending")).extracting(JsonNode::asText)
        .isSortedAccordingTo((a, b) -> bySeverity(b, a));
    assertThat(probe.get("byResource")).extracting(JsonNode::asText).isSorted();
    assertThat(probe.get("ariaSort").asText()).isEqualTo("ascending");
  }

  private static int bySeverity(String a, String b) {
    List<String> order = List.of("critical", "high", "medium", "low", "info");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  private JsonNode probe(Path browser, Path page) throws Exception {
    Path out = tmp.resolve("dom.html");
    Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + tmp.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
        .redirectOutput(out.toFile())
        .redirectError(tmp.resolve("chromium.log").toFile())
        .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 90 s");
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(m.find()).as("probe output in the DOM Chromium printed").isTrue();
    String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    assertThat(json).as("the probe script ran").isNotEmpty();
    return new ObjectMapper().readTree(json);
  }
}
