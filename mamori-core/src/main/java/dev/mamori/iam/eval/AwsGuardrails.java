package dev.mamori.iam.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.iam.match.ArnPattern;
import dev.mamori.iam.match.Glob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules AWS applies whatever the policies say, read from {@code aws-guardrails.json} (each rule
 * names its source): actions that need no authorization at all, and AWS-owned resources (AWS
 * managed policies, Identity Center's reserved roles, {@code alias/aws/} KMS aliases) that no
 * customer can change.
 */
public final class AwsGuardrails {
  private static final Set<String> NO_AUTHORIZATION = new HashSet<>();
  private static final List<OwnedResource> OWNED = new ArrayList<>();

  private record OwnedResource(ArnPattern resource, Set<String> actions) {}

  static {
    try (InputStream in = AwsGuardrails.class.getResourceAsStream("/dev/mamori/iam/aws-guardrails.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      root.get("noAuthorizationNeeded").forEach(n -> NO_AUTHORIZATION.add(lower(n.get("action").asText())));
      for (JsonNode n : root.get("awsOwnedResources")) {
        Set<String> actions = new HashSet<>();
        n.get("actions").forEach(a -> actions.add(lower(a.asText())));
        OWNED.add(new OwnedResource(ArnPattern.of(Glob.of(n.get("resource").asText())), Set.copyOf(actions)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AwsGuardrails() {}

  /** An action every authenticated caller may perform, even against an explicit deny. */
  public static boolean needsNoAuthorization(AuthorizationRequest request) {
    return needsNoAuthorization(request.principal().accountId().isPresent(), lower(request.action()));
  }

  /** The same, for a caller that has already lower-cased the action (once per request). */
  static boolean needsNoAuthorization(boolean authenticated, String lowerCaseAction) {
    return authenticated && NO_AUTHORIZATION.contains(lowerCaseAction);
  }

  /** A change to an AWS-owned resource: refused whatever the customer's policies allow. */
  public static boolean protectsResource(AuthorizationRequest request) {
    return protectsResource(lower(request.action()), request.resource());
  }

  /** The same, for a caller that has already lower-cased the action (once per request). */
  static boolean protectsResource(String lowerCaseAction, String resource) {
    for (OwnedResource owned : OWNED) {
      if (owned.actions().contains(lowerCaseAction) && owned.resource().matches(resource)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
