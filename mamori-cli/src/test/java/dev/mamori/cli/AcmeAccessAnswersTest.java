package dev.mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code can} and {@code who-can} question of examples/acme/README.md ("Questions and their
 * answers") gets the answer the README documents, with the deciding statement it names: if the
 * engine or the README changes, they change together.
 */
class AcmeAccessAnswersTest {
  private static final String ACCOUNT = "491826357104";
  private static final String EU = "aws:RequestedRegion=eu-west-1";
  private static final String ORDER = "arn:aws:s3:::acme-prod-orders-eu-west-1/2026/11/20/order-81723.json";

  private static String acme() {
    return Path.of(System.getProperty("mamori.root", "..")).resolve("examples").resolve("acme").toString();
  }

  /** A can question: principal, action, resource, context keys; the decision and "policy#statement" of a deciding reason. */
  static Stream<Arguments> canQuestions() {
    return Stream.of(
        can("root", "s3:PutBucketPolicy", "arn:aws:s3:::acme-legacy-exports", List.of(EU),
            "EXPLICIT_DENY", "service_control_policy#DenyRootUser"),
        can("arn:aws:iam::" + ACCOUNT + ":user/alice.tanaka", "s3:PutBucketPolicy", "arn:aws:s3:::acme-legacy-exports", List.of(EU),
            "EXPLICIT_DENY", "bucket-policy:acme-legacy-exports#FreezeThisBucket"),
        can("arn:aws:iam::" + ACCOUNT + ":user/bob.smith", "s3:DeleteObject", ORDER, List.of(EU),
            "EXPLICIT_DENY", "AcmeDeveloperAccess#NeverTouchProductionData"),
        can("arn:aws:iam::" + ACCOUNT + ":user/bob.smith", "iam:CreateUser", "arn:aws:iam::" + ACCOUNT + ":user/mallory", List.of(),
            "EXPLICIT_DENY", "AcmeDeveloperBoundary#NoIdentityChanges"),
        can("arn:aws:iam::" + ACCOUNT + ":role/acme-app-role", "s3:PutObject", ORDER, List.of(EU),
            "ALLOWED", "inline/orders-data#OrdersBucket"),
        can("arn:aws:iam::" + ACCOUNT + ":role/acme-app-role", "s3:PutObject", ORDER, List.of(),
            "EXPLICIT_DENY", "service_control_policy/p-2h7k9m4x#DenyOtherRegions"),
        can("arn:aws:iam::" + ACCOUNT + ":user/alice.tanaka", "ec2:RunInstances", "arn:aws:ec2:ap-southeast-2:" + ACCOUNT + ":instance/*",
            List.of("aws:RequestedRegion=ap-southeast-2"), "EXPLICIT_DENY", "service_control_policy/p-2h7k9m4x#DenyOtherRegions"),
        can("arn:aws:iam::558407219663:role/bi-etl", "sts:AssumeRole", "arn:aws:iam::" + ACCOUNT + ":role/northwind-bi-readonly",
            List.of("sts:ExternalId=nw-acme-7731"), "ALLOWED", "trust-policy:arn:aws:iam::" + ACCOUNT + ":role/northwind-bi-readonly#0"),
        can("arn:aws:iam::558407219663:role/bi-etl", "sts:AssumeRole", "arn:aws:iam::" + ACCOUNT + ":role/northwind-bi-readonly",
            List.of(), "IMPLICIT_DENY", ""),
        can("anonymous", "s3:GetObject", "arn:aws:s3:::acme-public-assets/img/logo.png", List.of(),
            "ALLOWED", "bucket-policy:acme-public-assets#PublicReadGetObject"),
        can("anonymous", "s3:GetObject", "arn:aws:s3:::acme-marketing-campaigns/2025/spring/banner.jpg", List.of(),
            "EXPLICIT_DENY", "s3-block-public-access:bucket/acme-marketing-campaigns#RestrictPublicBuckets"),
        can("arn:aws:iam::558407219663:role/bi-etl", "s3:ListBucket", "arn:aws:s3:::acme-legacy-exports", List.of(),
            "EXPLICIT_DENY", "s3-block-public-access:account/" + ACCOUNT + "#IgnorePublicAcls"));
  }

  private static Arguments can(String principal, String action, String resource, List<String> context, String decision, String reason) {
    return Arguments.of(principal, action, resource, context, decision, reason);
  }

  @ParameterizedTest(name = "can {0} {1} {2} {3}")
  @MethodSource("canQuestions")
  void canAnswersAsTheReadmeSays(String principal, String action, String resource, List<String> context, String decision,
      String reason) throws Exception {
    List<String> args = new ArrayList<>(List.of("can", acme(), "--principal", principal, "--action", action, "--resource", resource));
    context.forEach(c -> args.addAll(List.of("--context", c)));
    args.addAll(List.of("--format", "json"));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.get("decision").asText()).isEqualTo(decision);
    assertThat(doc.get("certain").asBoolean()).isTrue();
    if (!reason.isEmpty()) {
      String[] policyAndStatement = reason.split("#");
      assertThat(doc.get("reasons")).anySatisfy(r -> {
        assertThat(r.get("policy").asText()).contains(policyAndStatement[0]);
        assertThat(r.get("statement").asText()).isEqualTo(policyAndStatement[1]);
      });
    }
  }

  static Stream<Arguments> whoCanQuestions() {
    return Stream.of(
        Arguments.of("arn:aws:s3:::acme-public-assets/img/logo.png", true, true),
        Arguments.of("arn:aws:s3:::acme-marketing-campaigns/2025/spring/banner.jpg", false, true),
        Arguments.of("arn:aws:s3:::acme-tmp-uploads/exports/orders.csv", false, false));
  }

  @ParameterizedTest(name = "who-can s3:GetObject {0}")
  @MethodSource("whoCanQuestions")
  void whoCanAnswersAsTheReadmeSays(String resource, boolean isPublic, boolean certain) throws Exception {
    Cli.Run run = Cli.run("who-can", acme(), "--action", "s3:GetObject", "--resource", resource, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = Json.MAPPER.readTree(run.out());
    assertThat(doc.get("public").asBoolean()).isEqualTo(isPublic);
    assertThat(doc.get("publicCertain").asBoolean()).isEqualTo(certain);
    assertThat(doc.get("unknowns").isEmpty()).isEqualTo(certain);
  }
}
