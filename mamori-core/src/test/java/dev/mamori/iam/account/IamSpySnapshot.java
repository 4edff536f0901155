package dev.mamori.iam.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out one IAMSpy test case's input files as a Mamori snapshot directory, so that the case
 * goes through the snapshot reader exactly as a customer's snapshot would.
 *
 * <p>IAMSpy's inputs are a get-account-authorization-details output (already AWS CLI output: it
 * is linked, not copied, so it is read in place), a list of {@code {Resource, Policy, Account}}
 * resource policies and an organization tree with its SCPs. The last two are IAMSpy's own formats:
 * they are rewritten as the AWS CLI outputs that would carry the same facts
 * ({@code s3api get-bucket-policy}, {@code lambda get-policy}, {@code organizations
 * describe-organization}, {@code list-parents}, {@code list-policies-for-target},
 * {@code describe-policy}), each under the folder of the account it belongs to. The directory is a
 * test's temporary directory, never part of the repository.
 */
final class IamSpySnapshot {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S3_ARN = "arn:aws:s3:::";

  private final Path corpusFiles;
  private final Path snapshot;

  IamSpySnapshot(Path corpusFiles, Path snapshot) {
    this.corpusFiles = corpusFiles;
    this.snapshot = snapshot;
  }

  /**
   * Writes the snapshot for a case's {@code files} object; empty when the case needs an input the
   * snapshot layout has no place for (the reason is returned instead).
   */
  Optional<String> write(JsonNode files) throws IOException {
    List<String> gaads = texts(files.path("gaads"));
    if (gaads.size() != 1) {
      return Optional.of("expected exactly one authorization-details file, found " + gaads.size());
    }
    Path gaad = corpusFiles.resolve(gaads.get(0));
    // Every file goes under its account's folder, so that resources of another account stay theirs.
    String account = accountOf(JSON.readTree(gaad.toFile()));
    link(gaad, snapshot.resolve(account + "/global/iam/get-account-authorization-details.json"));
    List<JsonNode> buckets = new ArrayList<>();
    for (String name : texts(files.path("resources"))) {
      for (JsonNode resource : JSON.readTree(corpusFiles.resolve(name).toFile())) {
        String arn = resource.path("Resource").asText();
        if (arn.startsWith(S3_ARN)) {
          buckets.add(resource);
        } else if (arn.startsWith("arn:aws:lambda:")) {
          writeFunctionPolicy(resource);
        } else {
          return Optional.of("resource policy of " + arn + ": the snapshot layout holds bucket, key and function policies");
        }
      }
    }
    writeBuckets(buckets);
    for (String name : texts(files.path("scps"))) {
      writeOrganization(account, JSON.readTree(corpusFiles.resolve(name).toFile()));
    }
    return Optional.empty();
  }

  /** The account of the first user, group or role of an authorization-details output. */
  private static String accountOf(JsonNode gaad) {
    for (String list : List.of("UserDetailList", "GroupDetailList", "RoleDetailList")) {
      for (JsonNode entity : gaad.path(list)) {
        return entity.get("Arn").asText().split(":")[4];
      }
    }
    throw new IllegalArgumentException("an authorization-details output without users, groups or roles");
  }

  /** {@code aws lambda get-policy}: the policy as a JSON string, in the function's account and region. */
  private void writeFunctionPolicy(JsonNode resource) throws IOException {
    String[] arn = resource.get("Resource").asText().split(":");
    String region = arn[3];
    String name = arn[6];
    ObjectNode policy = JSON.createObjectNode().put("Policy", JSON.writeValueAsString(resource.get("Policy")));
    write(resource.get("Account").asText() + "/" + region + "/lambda/" + name + "/get-policy.json", policy);
  }

  private void writeBuckets(List<JsonNode> resources) throws IOException {
    if (resources.isEmpty()) {
      return;
    }
    Map<String, ArrayNode> listsByAccount = new LinkedHashMap<>();
    for (JsonNode r : resources) {
      String account = r.get("Account").asText();
      String bucket = r.get("Resource").asText().substring(S3_ARN.length());
      listsByAccount.computeIfAbsent(account, a -> JSON.createArrayNode()).addObject().put("Name", bucket);
      // get-bucket-policy prints the policy as a JSON string, as the snapshot layout expects.
      ObjectNode policy = JSON.createObjectNode().put("Policy", JSON.writeValueAsString(r.get("Policy")));
      write(account + "/global/s3/" + bucket + "/get-bucket-policy.json", policy);
    }
    for (Map.Entry<String, ArrayNode> list : listsByAccount.entrySet()) {
      ObjectNode listBuckets = JSON.createObjectNode();
      listBuckets.set("Buckets", list.getValue());
      write(list.getKey() + "/global/s3/list-buckets.json", listBuckets);
    }
  }

  /**
   * IAMSpy's organization file is the root with nested {@code Children} (OUs and accounts), each
   * with its attached {@code Policies}; its ARN names the management account and the organization.
   */
  private void writeOrganization(String account, JsonNode root) throws IOException {
    String[] arn = root.get("Arn").asText().split(":", 6);
    String managementAccount = arn[4];
    String orgId = arn[5].split("/")[1];
    ObjectNode org = JSON.createObjectNode();
    org.putObject("Organization").put("Id", orgId).put("MasterAccountId", managementAccount).put("FeatureSet", "ALL");
    write(account + "/global/organizations/describe-organization.json", org);
    Map<String, JsonNode> policies = new LinkedHashMap<>();
    writeTarget(account, root, Optional.empty(), policies);
    for (JsonNode p : policies.values()) {
      ObjectNode out = JSON.createObjectNode();
      ObjectNode policy = out.putObject("Policy");
      policy.putObject("PolicySummary").put("Id", p.get("Id").asText()).put("Arn", p.path("Arn").asText())
          .put("Name", p.path("Name").asText()).put("Type", p.get("Type").asText())
          .put("AwsManaged", p.path("AwsManaged").asBoolean());
      policy.put("Content", JSON.writeValueAsString(p.get("Content")));
      write(account + "/global/organizations/describe-policy/" + p.get("Id").asText() + ".json", out);
    }
  }

  private void writeTarget(String account, JsonNode target, Optional<JsonNode> parent, Map<String, JsonNode> policies)
      throws IOException {
    String id = target.get("Id").asText();
    if (parent.isPresent()) {
      String parentId = parent.get().get("Id").asText();
      ObjectNode parents = JSON.createObjectNode();
      parents.putArray("Parents").addObject().put("Id", parentId)
          .put("Type", parentId.startsWith("r-") ? "ROOT" : "ORGANIZATIONAL_UNIT");
      write(account + "/global/organizations/list-parents/" + id + ".json", parents);
    }
    ObjectNode attached = JSON.createObjectNode();
    ArrayNode list = attached.putArray("Policies");
    for (JsonNode p : target.path("Policies")) {
      list.addObject().put("Id", p.get("Id").asText()).put("Type", p.get("Type").asText());
      policies.putIfAbsent(p.get("Id").asText(), p);
    }
    write(account + "/global/organizations/list-policies-for-target/" + id + ".json", attached);
    for (JsonNode child : target.path("Children")) {
      writeTarget(account, child, Optional.of(target), policies);
    }
  }

  private void write(String relative, JsonNode content) throws IOException {
    Path file = snapshot.resolve(relative);
    Files.createDirectories(file.getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), content);
  }

  /** A symbolic link keeps the corpus file where it is; a copy only where links are not allowed. */
  private static void link(Path target, Path link) {
    try {
      Files.createDirectories(link.getParent());
      try {
        Files.createSymbolicLink(link, target.toAbsolutePath());
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(target, link);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
