package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mamori.model.Cidr;
import dev.mamori.net.AddressSet;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.IpFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The answers examples/acme/README.md documents ("Questions and their answers") are what the tool
 * prints: each row of the {@code reach}, {@code exposure} and {@code can}/{@code who-can} tables is
 * asked through the command line and its JSON compared with the row. The README is the test's
 * input, so the two cannot drift apart.
 */
class AcmeReadmeAnswersTest {
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern DIRECTION = Pattern.compile("\\b(ingress|egress)\\b");
  private static final Pattern PATH = Pattern.compile("path `(\\w+)`");
  private static final Pattern RULE = Pattern.compile("\\brule (\\d+)");
  private static final Pattern FLAG = Pattern.compile("\"(\\w+)\": (true|false)");
  private static final Pattern INTERNET = Pattern.compile("the (IPv4|IPv6) internet(?: except `([^`]+)`)?");

  private static Path acme() {
    return Path.of(System.getProperty("mamori.root", "..")).resolve("examples/acme");
  }

  @TestFactory
  Stream<DynamicTest> reachAnswers() throws IOException {
    return rows("### `reach`").stream().map(row -> DynamicTest.dynamicTest(row.get(0), () -> {
      List<String> args = new ArrayList<>(List.of("reach", acme().toString()));
      args.addAll(words(firstBackticked(row.get(0)).orElseThrow()));
      JsonNode answer = json(args);
      String expected = row.get(1);
      assertThat(answer.get("verdict").asText()).isEqualTo(expected.split(",")[0].trim());
      if (!expected.startsWith("DENIED")) {
        return;
      }
      JsonNode blocker = answer.get("blockedBy");
      List<String> named = backticked(PATH.matcher(expected).replaceAll(""));
      assertThat(blocker.get("kind").asText()).isEqualTo(named.get(0));
      if (named.size() > 1) {
        assertThat(blocker.get("id").asText()).isEqualTo(named.get(1));
      }
      find(DIRECTION, expected).ifPresent(d -> assertThat(blocker.get("direction").asText()).isEqualTo(d));
      find(PATH, expected).ifPresent(p -> assertThat(blocker.get("path").asText()).isEqualTo(p));
      find(RULE, expected).ifPresent(r -> assertThat(blocker.get("rule").asText()).isEqualTo(r));
    }));
  }

  @TestFactory
  Stream<DynamicTest> exposureAnswers() throws IOException {
    JsonNode exposures = json(List.of("exposure", acme().toString(), "--from", "internet")).get("exposures");
    return rows("### `exposure --from internet`").stream().map(row -> DynamicTest.dynamicTest(String.join(" ", row), () -> {
      String eni = firstBackticked(row.get(0)).orElseThrow();
      List<JsonNode> ofEni = new ArrayList<>();
      exposures.forEach(e -> {
        if (e.get("eni").asText().equals(eni)) {
          ofEni.add(e);
        }
      });
      if (row.get(1).equals("—")) {
        assertThat(ofEni).as("nothing of " + eni + " is exposed").isEmpty();
        return;
      }
      int port = Integer.parseInt(row.get(2));
      AddressSet actual = AddressSet.empty();
      for (JsonNode e : ofEni) {
        if (e.get("protocol").asText().equals(row.get(1)) && e.get("fromPort").asInt() <= port
            && port <= e.get("toPort").asInt()) {
          List<Cidr> sources = new ArrayList<>();
          e.get("sources").forEach(c -> sources.add(Cidr.parse(c.asText())));
          actual = actual.union(AddressSet.ofCidrs(sources));
        }
      }
      assertThat(actual).isEqualTo(expectedSources(row.get(3)));
    }));
  }

  @TestFactory
  Stream<DynamicTest> canAndWhoCanAnswers() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<String> previous = List.of();
    for (List<String> row : rows("### `can` and `who-can`")) {
      List<String> question = row.get(0).startsWith("the same without") ? withoutContext(previous)
          : words(firstBackticked(row.get(0)).orElseThrow());
      previous = question;
      tests.add(DynamicTest.dynamicTest(String.join(" ", question), () -> {
        List<String> args = new ArrayList<>(question);
        args.add(1, acme().toString());
        JsonNode answer = json(args);
        String expected = row.get(1);
        Matcher flags = FLAG.matcher(expected);
        if (flags.find()) {
          // who-can: "public": true, "publicCertain": false, … as the JSON prints them
          do {
            assertThat(answer.get(flags.group(1)).asBoolean()).as(flags.group(1)).isEqualTo(Boolean.parseBoolean(flags.group(2)));
          } while (flags.find());
          return;
        }
        String decision = answer.get("decision").asText();
        if (expected.equals("denied")) {
          assertThat(decision).isIn("EXPLICIT_DENY", "IMPLICIT_DENY");
        } else {
          assertThat(decision).isEqualTo(expected);
        }
        firstBackticked(row.get(2)).ifPresent(name -> {
          List<String> reasons = new ArrayList<>();
          answer.get("reasons").forEach(r -> reasons.add(r.get("policy").asText() + " " + r.get("statement").asText()));
          assertThat(reasons).as("a deciding statement is " + name)
              .anyMatch(r -> r.endsWith(" " + name) || r.substring(0, r.lastIndexOf(' ')).contains(name));
        });
      }));
    }
    return tests.stream();
  }

  // ---------------------------------------------------------------- README tables

  /** The cells of the rows of the first table after a heading (header and separator left out). */
  private static List<List<String>> rows(String heading) throws IOException {
    List<String> lines = Files.readAllLines(acme().resolve("README.md"));
    int at = lines.stream().filter(l -> l.startsWith(heading)).findFirst().map(lines::indexOf)
        .orElseThrow(() -> new AssertionError("README.md has no section " + heading));
    List<List<String>> rows = new ArrayList<>();
    int i = at + 1;
    while (!lines.get(i).startsWith("|")) {
      i++;
    }
    for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
        cells.add(cell.trim());
      }
      rows.add(cells);
    }
    assertThat(rows).as("rows under " + heading).isNotEmpty();
    return rows;
  }

  private static List<String> backticked(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = BACKTICKED.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Optional<String> firstBackticked(String text) {
    return backticked(text).stream().findFirst();
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A command line split as a shell would, for the quoting the README uses ('…'). */
  private static List<String> words(String commandLine) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(commandLine);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  private static List<String> withoutContext(List<String> question) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < question.size(); i++) {
      if (question.get(i).equals("--context")) {
        i++;
      } else {
        out.add(question.get(i));
      }
    }
    return out;
  }

  /** "the IPv4 internet and the IPv6 internet except `2a05:…/56`" as an address set; "nothing" is empty. */
  private static AddressSet expectedSources(String text) {
    AddressSet out = AddressSet.empty();
    if (text.startsWith("nothing")) {
      return out;
    }
    Matcher m = INTERNET.matcher(text);
    while (m.find()) {
      AddressSet internet = InternetAddresses.all().only(m.group(1).equals("IPv4") ? IpFamily.IPV4 : IpFamily.IPV6);
      out = out.union(m.group(2) == null ? internet : internet.minus(AddressSet.of(Cidr.parse(m.group(2)))));
    }
    assertThat(out.isEmpty()).as("sources cell names no internet: " + text).isFalse();
    return out;
  }

  private static JsonNode json(List<String> args) throws IOException {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--format", "json", "--quiet"));
    Cli.Run run = Cli.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.MAPPER.readTree(run.out());
  }
}
