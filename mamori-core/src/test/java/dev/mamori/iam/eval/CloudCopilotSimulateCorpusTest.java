package dev.mamori.iam.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every (policies, request, expected decision) case of cloud-copilot/iam-simulate against
 * both evaluators. The data is AGPL: it is read from the shared corpus at test time and never
 * copied into this repository. Cases where we and the simulator disagree are listed, by file and
 * index only, in {@code iam-corpus-disagreements.properties}, each explained in
 * docs/iam-disagreements.md with the AWS documentation that decides it.
 */
class CloudCopilotSimulateCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "iam/cloud-copilot-iam-simulate/src";
  private static final Properties DISAGREEMENTS = disagreements();

  static Stream<Arguments> cases() throws IOException {
    Path root = Corpus.require(DIR);
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode cases = JSON.readTree(file.toFile());
        for (int i = 0; i < cases.size(); i++) {
          String id = root.relativize(file).toString().replace('\\', '/') + "#" + i;
          all.add(Arguments.of(id, cases.get(i)));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheSimulator(String id, JsonNode testCase) {
    Assumptions.assumeFalse(DISAGREEMENTS.containsKey(id),
        () -> "known disagreement, see docs/iam-disagreements.md: " + DISAGREEMENTS.getProperty(id));
    CopilotCase c = testCase.has("simulation") && testCase.get("simulation").has("request")
        ? CopilotCase.fromSimulationEngine(testCase) : CopilotCase.fromCoreEngine(testCase);
    AuthorizationResult fast = new FastEvaluator().authorize(c.policies(), c.request());
    AuthorizationResult reference = new ReferenceEvaluator().authorize(c.policies(), c.request());
    assertThat(fast.decision()).as("fast evaluator, %s", testCase.path("name").asText()).isEqualTo(c.expected());
    assertThat(reference).as("reference evaluator").isEqualTo(fast);
  }

  private static Properties disagreements() {
    Properties p = new Properties();
    try (InputStream in = CloudCopilotSimulateCorpusTest.class.getResourceAsStream("iam-corpus-disagreements.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return p;
  }

  /** One case translated into our request and policy set. */
  record CopilotCase(PolicySet policies, AuthorizationRequest request, Decision expected) {

    static CopilotCase fromCoreEngine(JsonNode t) {
      JsonNode req = t.get("request");
      PolicySet.Builder set = PolicySet.builder()
          .identityPolicies(policies(t.path("identityPolicies"), "identity"))
          .permissionsBoundaries(policies(t.path("permissionBoundaries"), "boundary"))
          .serviceControlPolicies(levels(t.path("serviceControlPolicies"), "scp"))
          .resourceControlPolicies(levels(t.path("resourceControlPolicies"), "rcp"));
      if (t.hasNonNull("resourcePolicy")) {
        set.resourcePolicy(policy(t.get("resourcePolicy"), "resource"));
      }
      if (t.hasNonNull("sessionPolicy")) {
        set.sessionPolicy(Optional.of(policy(t.get("sessionPolicy"), "session")));
      }
      String resource = req.path("resource").path("resource").asText();
      String action = req.get("action").asText();
      set.resourcePolicyKind(resourcePolicyKind(resource, action));
      set.endpointPolicies(policies(t.path("endpointPolicies"), "vpce"));
      AuthorizationRequest request = new AuthorizationRequest(principal(req.get("principal")),
          req.get("action").asText(), resource,
          Optional.of(req.path("resource").path("accountId").asText()).filter(a -> !a.isEmpty()),
          context(req.path("context")));
      return new CopilotCase(set.build(), request, decision(t.path("expected").path("response").asText()));
    }

    static CopilotCase fromSimulationEngine(JsonNode t) {
      JsonNode sim = t.get("simulation");
      JsonNode req = sim.get("request");
      List<Policy> identity = new ArrayList<>();
      for (JsonNode named : sim.path("identityPolicies")) {
        identity.add(policy(named.get("policy"), named.path("name").asText("identity")));
      }
      PolicySet.Builder set = PolicySet.builder().identityPolicies(identity)
          .serviceControlPolicies(levels(sim.path("serviceControlPolicies"), "scp"))
          .resourceControlPolicies(levels(sim.path("resourceControlPolicies"), "rcp"));
      if (sim.hasNonNull("resourcePolicy")) {
        set.resourcePolicy(policy(sim.get("resourcePolicy"), "resource"));
      }
      List<Policy> boundaries = new ArrayList<>();
      for (JsonNode named : sim.path("permissionBoundaryPolicies")) {
        boundaries.add(policy(named.path("policy"), named.path("name").asText("boundary")));
      }
      set.permissionsBoundaries(boundaries);
      AuthorizationRequest request = new AuthorizationRequest(principal(req.get("principal")),
          req.get("action").asText(), req.path("resource").path("resource").asText(),
          Optional.of(req.path("resource").path("accountId").asText()).filter(a -> !a.isEmpty()),
          context(req.path("contextVariables")));
      return new CopilotCase(set.build(), request, decision(t.path("expected").path("overallResult").asText()));
    }

    private static RequestPrincipal principal(JsonNode node) {
      if (node.isObject() && node.path("type").asText().equals("Anonymous")) {
        return new RequestPrincipal.Anonymous();
      }
      return RequestPrincipal.parse(node.asText()).orElseThrow(() -> new IllegalArgumentException("principal " + node));
    }

    /** Key policies and trust policies must allow; the simulator decides which by the resource. */
    private static ResourcePolicyKind resourcePolicyKind(String resource, String action) {
      if (resource.matches("arn:aws:kms:[^:]*:[^:]*:key/.*")) {
        return ResourcePolicyKind.KMS_KEY_POLICY;
      }
      if (resource.matches("arn:aws:iam::[^:]*:role/.*") && action.toLowerCase().startsWith("sts:assumerole")) {
        return ResourcePolicyKind.ROLE_TRUST_POLICY;
      }
      return ResourcePolicyKind.ORDINARY;
    }

    private static Decision decision(String text) {
      return switch (text) {
        case "Allowed" -> Decision.ALLOWED;
        case "ExplicitlyDenied" -> Decision.EXPLICIT_DENY;
        default -> Decision.IMPLICIT_DENY;
      };
    }

    private static List<Policy> policies(JsonNode list, String prefix) {
      List<Policy> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode item = list.get(i);
        out.add(item.has("policy") ? policy(item.get("policy"), item.path("name").asText(prefix + "-" + i))
            : policy(item, prefix + "-" + i));
      }
      return out;
    }

    private static Policy policy(JsonNode node, String name) {
      return PolicyParser.parseOrThrow(node.toString(), name);
    }

    /** The runner behind these cases adds RCPFullAWSAccess at every level it is given. */
    private static List<OrgPolicyLevel> levels(JsonNode list, String kind) {
      List<OrgPolicyLevel> out = new ArrayList<>();
      for (JsonNode level : list) {
        List<Policy> policies = new ArrayList<>(policies(level.path("policies"), kind));
        if (kind.equals("rcp")) {
          policies.add(PolicyParser.parseOrThrow(
              "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}}",
              "RCPFullAWSAccess"));
        }
        out.add(new OrgPolicyLevel(level.path("orgIdentifier").asText(), policies));
      }
      return out;
    }

    private static RequestContext context(JsonNode node) {
      RequestContext.Builder b = RequestContext.builder();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isArray()) {
          List<String> values = new ArrayList<>();
          e.getValue().forEach(v -> values.add(v.asText()));
          b.putAll(e.getKey(), values);
        } else {
          b.add(e.getKey(), e.getValue().asText());
        }
      }
      return b.build();
    }
  }
}
