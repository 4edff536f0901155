package dev.mamori.iam.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.snapshot.SnapshotReader;
import dev.mamori.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs IAMSpy's integration tables (WithSecureLabs/IAMSpy, Apache-2.0) through the snapshot reader
 * and {@link AccountAuthorizer}: every {@code can_i}, {@code who_can} and
 * {@code who_can_batch_resource} case. The tables and their input files are read in place from
 * the shared corpus (the test is skipped, saying so, when it is absent); each case's inputs are
 * laid out as a snapshot in a temporary directory by {@link IamSpySnapshot}.
 *
 * <p>IAMSpy's who-can lists the users and roles of its authorization-details files; the account
 * root user and the synthetic anonymous and any-account callers of our who-can are outside that
 * model, so they are left out of the comparison. Cases where we disagree are listed by ID in
 * {@code iamspy-disagreements.properties} and explained in docs/iam-disagreements.md.
 */
class IamSpyCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern USER_OR_ROLE = Pattern.compile("arn:aws:iam::\\d{12}:(user|role)/.+");
  private static final Properties DISAGREEMENTS = disagreements();

  /**
   * Made and removed here rather than by JUnit's TempDir, which warns about every link that points
   * outside it (the corpus files are linked, not copied).
   */
  private Path snapshot;

  @BeforeEach
  void createSnapshotDirectory() throws IOException {
    snapshot = Files.createTempDirectory("iamspy-snapshot");
  }

  @AfterEach
  void deleteSnapshotDirectory() throws IOException {
    try (Stream<Path> walk = Files.walk(snapshot)) {
      // Deepest first; a link is deleted as a link, never followed into the corpus.
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static Stream<Arguments> canICases() throws IOException {
    return cases("test_can_i", "can_i");
  }

  static Stream<Arguments> whoCanCases() throws IOException {
    return cases("test_who_can", "who_can");
  }

  static Stream<Arguments> batchCases() throws IOException {
    return cases("test_who_can_batch_resource", "who_can_batch_resource");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canICases")
  void canIMatchesIamSpy(String id, JsonNode testCase) throws IOException {
    AccountAuthorizer authorizer = load(id, testCase);
    JsonNode input = testCase.get("input");
    RequestPrincipal principal = authorizer.principal(input.get(0).asText()).orElseThrow();
    AuthorizationResult result = authorizer.can(principal, input.get(1).asText(), input.get(2).asText(), context(input, 3));
    assertThat(result.allowed()).as("%s: %s", id, result).isEqualTo(testCase.get("expected").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("whoCanCases")
  void whoCanMatchesIamSpy(String id, JsonNode testCase) throws IOException {
    AccountAuthorizer authorizer = load(id, testCase);
    JsonNode input = testCase.get("input");
    List<String> expected = new ArrayList<>();
    testCase.get("expected").forEach(p -> expected.add(p.asText()));
    assertThat(allowedUsersAndRoles(authorizer, input.get(0).asText(), input.get(1).asText(), context(input, 2)))
        .as(id).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** who-can over several resources at once: the answer is (principal, resource) pairs. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("batchCases")
  void whoCanBatchMatchesIamSpy(String id, JsonNode testCase) throws IOException {
    AccountAuthorizer authorizer = load(id, testCase);
    JsonNode input = testCase.get("input");
    List<List<String>> actual = new ArrayList<>();
    for (JsonNode resource : input.get(1)) {
      for (String arn : allowedUsersAndRoles(authorizer, input.get(0).asText(), resource.asText(), RequestContext.empty())) {
        actual.add(List.of(arn, resource.asText()));
      }
    }
    List<List<String>> expected = new ArrayList<>();
    testCase.get("expected").forEach(pair -> expected.add(List.of(pair.get(0).asText(), pair.get(1).asText())));
    assertThat(actual).as(id).containsExactlyInAnyOrderElementsOf(expected);
  }

  private AccountAuthorizer load(String id, JsonNode testCase) throws IOException {
    Assumptions.assumeFalse(DISAGREEMENTS.containsKey(id),
        () -> "known disagreement, see docs/iam-disagreements.md: " + DISAGREEMENTS.getProperty(id));
    Optional<String> unsupported = new IamSpySnapshot(Corpus.require(FILES), snapshot).write(testCase.get("files"));
    Assumptions.assumeTrue(unsupported.isEmpty(), () -> "input outside the snapshot layout: " + unsupported.orElseThrow());
    return new AccountAuthorizer(SnapshotReader.read(snapshot));
  }

  private static List<String> allowedUsersAndRoles(AccountAuthorizer authorizer, String action, String resource,
      RequestContext context) {
    return authorizer.whoCan(action, resource, context).allowed().stream()
        .map(PrincipalDecision::arn)
        .filter(arn -> USER_OR_ROLE.matcher(arn).matches())
        .toList();
  }

  /**
   * IAMSpy's optional arguments, from position {@code first}: condition strings {@code key=value},
   * a condition file and {@code strict_conditions}. Our engine is always strict (a key not given is
   * missing), so the flag does not enter the request; cases whose expectation depends on it being
   * false are listed as disagreements. No case uses a condition file.
   */
  private static RequestContext context(JsonNode input, int first) {
    RequestContext.Builder context = RequestContext.builder();
    for (JsonNode condition : input.path(first)) {
      String[] keyValue = condition.asText().split("=", 2);
      context.add(keyValue[0], keyValue[1]);
    }
    assertThat(input.path(first + 1).isMissingNode() || input.get(first + 1).isNull())
        .as("condition files are not supported by this test").isTrue();
    return context.build();
  }

  private static final String FILES = "iam/iamspy/tests/files";

  private static Stream<Arguments> cases(String table, String prefix) throws IOException {
    JsonNode all = JSON.readTree(Corpus.require("iam/iamspy/cases.json").toFile());
    List<Arguments> out = new ArrayList<>();
    JsonNode cases = all.get(table).get("cases");
    for (int i = 0; i < cases.size(); i++) {
      out.add(Arguments.of(prefix + "#" + i, cases.get(i)));
    }
    return out.stream();
  }

  private static Properties disagreements() {
    Properties p = new Properties();
    try (InputStream in = IamSpyCorpusTest.class.getResourceAsStream("iamspy-disagreements.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
