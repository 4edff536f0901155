package dev.mamori.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinesTest {
  @TempDir Path dir;

  @Test
  void findsTheFirstLineThatNamesEachResource() throws IOException {
    Path f = dir.resolve("describe-volumes.json");
    Files.writeString(f, """
        {
            "Volumes": [
                {
                    "VolumeId": "vol-1",
                    "Tags": [{"Key": "copy-of", "Value": "vol-2"}]
                },
                {
                    "VolumeId": "vol-2"
                }
            ]
        }
        """);
    Map<String, Integer> found = SourceLines.scan(f, Set.of("vol-1", "vol-2", "vol-3", "vol"));
    assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of("vol-1", 4, "vol-2", 5));
  }

  @Test
  void arnsKeepTheirColonsAndCsvFieldsAreTokens() throws IOException {
    Path f = dir.resolve("credential-report.csv");
    Files.writeString(f, "user,arn\r\n<root_account>,arn:aws:iam::123456789012:root\r\nalice,arn:aws:iam::123456789012:user/alice\r\n");
    assertThat(SourceLines.scan(f, Set.of("alice", "arn:aws:iam::123456789012:user/alice", "123456789012")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("alice", 3, "arn:aws:iam::123456789012:user/alice", 3));
  }

  /** The byte scanner against the line-by-line regular-expression split it replaced, on random text. */
  @Test
  void agreesWithSplittingEachLineOnRandomText() throws IOException {
    Random random = new Random(20261128);
    String[] pieces = {" ", "\t", "\n", "\r", "\r\n", "\u000B", "\f", "\"", ",", "{", "}", "[", "]", ":", "a", "b", "ab",
        "vol-1", "é", "東京", "sg-", "x".repeat(3000)};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      Set<String> wanted = new HashSet<>(List.of("a", "b", "ab", "vol-1", "é", "東京", "sg-", ":", "vol-1a", "x".repeat(3000)));
      Path f = dir.resolve("random.json");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      assertThat(SourceLines.scan(f, wanted)).as("round %d: %s", round, text).isEqualTo(reference(text.toString(), wanted));
    }
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\",{}\\[\\]]+");

  private static Map<String, Integer> reference(String text, Set<String> resources) throws IOException {
    Map<String, Integer> found = new HashMap<>();
    Set<String> missing = new HashSet<>(resources);
    BufferedReader in = new BufferedReader(new StringReader(text));
    int number = 0;
    for (String line = in.readLine(); line != null && !missing.isEmpty(); line = in.readLine()) {
      number++;
      for (String token : SEPARATORS.split(line)) {
        if (missing.remove(token)) {
          found.put(token, number);
        }
      }
    }
    return found;
  }
}
