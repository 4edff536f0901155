package dev.mamori.iam.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mamori.iam.condition.ConditionOperator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns policy JSON into a {@link Policy}. It checks the grammar only (element names, value
 * shapes); what IAM additionally refuses (versions, ARN formats, ...) is the job of
 * {@code PolicyValidator}. A document that does not fit the grammar is rejected with IAM's words,
 * "Syntax errors in policy.", and the JSON path of the first offending element.
 */
public final class PolicyParser {
  public static final String SYNTAX_ERROR = "Syntax errors in policy.";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource",
          "NotResource", "Condition");

  private PolicyParser() {}

  public static ParseResult parse(String json, String name) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return reject("$");
    }
    if (root == null) {
      return reject("$");
    }
    return parse(root, name);
  }

  public static ParseResult parse(JsonNode root, String name) {
    try {
      return new ParseResult.Parsed(readPolicy(root, name));
    } catch (SyntaxError e) {
      return reject(e.path);
    }
  }

  /** Parses a document that is known to be well formed (test fixtures, bundled data). */
  public static Policy parseOrThrow(String json, String name) {
    ParseResult result = parse(json, name);
    if (result instanceof ParseResult.Parsed parsed) {
      return parsed.policy();
    }
    PolicyProblem problem = ((ParseResult.Rejected) result).problem();
    throw new IllegalArgumentException(name + ": " + problem.message() + " at " + problem.path());
  }

  private static ParseResult reject(String path) {
    return new ParseResult.Rejected(new PolicyProblem(SYNTAX_ERROR, path));
  }

  private static Policy readPolicy(JsonNode root, String name) {
    require(root.isObject(), "$");
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      require(TOP_LEVEL.contains(field), "$." + field);
    }
    PolicyVersion version = readVersion(root.get("Version"));
    Optional<String> id = optionalString(root.get("Id"), "$.Id");
    JsonNode statementNode = root.get("Statement");
    require(statementNode != null && (statementNode.isObject() || statementNode.isArray()), "$.Statement");
    List<Statement> statements = new ArrayList<>();
    if (statementNode.isObject()) {
      statements.add(readStatement(statementNode, 0, "$.Statement"));
    } else {
      for (int i = 0; i < statementNode.size(); i++) {
        statements.add(readStatement(statementNode.get(i), i, "$.Statement[" + i + "]"));
      }
    }
    return new Policy(name, version, id, statements);
  }

  private static PolicyVersion readVersion(JsonNode node) {
    if (node == null) {
      return PolicyVersion.UNSPECIFIED;
    }
    require(node.isTextual(), "$.Version");
    for (PolicyVersion v : PolicyVersion.values()) {
      if (v != PolicyVersion.UNSPECIFIED && v.text().equals(node.asText())) {
        return v;
      }
    }
    throw new SyntaxError("$.Version");
  }

  private static Statement readStatement(JsonNode node, int index, String path) {
    require(node.isObject(), path);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      require(STATEMENT_ELEMENTS.contains(field), path + "." + field);
    }
    require(!(node.has("Action") && node.has("NotAction")), path + ".NotAction");
    require(!(node.has("Resource") && node.has("NotResource")), path + ".NotResource");
    require(!(node.has("Principal") && node.has("NotPrincipal")), path + ".NotPrincipal");
    JsonNode effectNode = node.get("Effect");
    require(effectNode != null && effectNode.isTextual(), path + ".Effect");
    String effectText = effectNode.asText();
    Effect effect = switch (effectText.toLowerCase(Locale.ROOT)) {
      case "allow" -> Effect.ALLOW;
      case "deny" -> Effect.DENY;
      default -> throw new SyntaxError(path + ".Effect");
    };
    Optional<String> sid = optionalString(node.get("Sid"), path + ".Sid");
    return new Statement(index, sid, effect, effectText,
        readPrincipal(node, path),
        readStrings(node, "Action", path).map(v -> new ActionBlock(false, v))
            .or(() -> readStrings(node, "NotAction", path).map(v -> new ActionBlock(true, v))),
        readStrings(node, "Resource", path).map(v -> new ResourceBlock(false, v))
            .or(() -> readStrings(node, "NotResource", path).map(v -> new ResourceBlock(true, v))),
        readConditions(node.get("Condition"), path + ".Condition"));
  }

  private static Optional<PrincipalBlock> readPrincipal(JsonNode statement, String path) {
    for (boolean negated : new boolean[] {false, true}) {
      String element = negated ? "NotPrincipal" : "Principal";
      JsonNode node = statement.get(element);
      if (node == null) {
        continue;
      }
      String elementPath = path + "." + element;
      if (node.isTextual()) {
        if (node.asText().equals("*")) {
          return Optional.of(new PrincipalBlock(negated, List.of(new PrincipalEntry(PrincipalKind.ANY, "*"))));
        }
        require(node.asText().startsWith("arn:"), elementPath);
        return Optional.of(new PrincipalBlock(negated, List.of(new PrincipalEntry(PrincipalKind.AWS, node.asText())), true));
      }
      require(node.isObject(), elementPath);
      List<PrincipalEntry> entries = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String fieldPath = elementPath + "." + field.getKey();
        PrincipalKind kind = PrincipalKind.ofKey(field.getKey()).orElseThrow(() -> new SyntaxError(fieldPath));
        for (String value : stringOrStrings(field.getValue(), fieldPath)) {
          entries.add(new PrincipalEntry(kind, value));
        }
      }
      return Optional.of(new PrincipalBlock(negated, entries));
    }
    return Optional.empty();
  }

  private static Optional<List<String>> readStrings(JsonNode statement, String element, String path) {
    JsonNode node = statement.get(element);
    if (node == null) {
      return Optional.empty();
    }
    if (element.endsWith("Resource") && node.isArray()) {
      // IAM accepts (and ignores) null entries in a Resource list.
      List<String> present = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        require(node.get(i).isTextual() || node.get(i).isNull(), path + "." + element + "[" + i + "]");
        if (node.get(i).isTextual()) {
          present.add(node.get(i).asText());
        }
      }
      return Optional.of(present);
    }
    return Optional.of(stringOrStrings(node, path + "." + element));
  }

  private static List<String> stringOrStrings(JsonNode node, String path) {
    if (node.isTextual()) {
      return List.of(node.asText());
    }
    require(node.isArray(), path);
    List<String> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      require(node.get(i).isTextual(), path + "[" + i + "]");
      values.add(node.get(i).asText());
    }
    return values;
  }

  private static List<ConditionClause> readConditions(JsonNode node, String path) {
    if (node == null) {
      return List.of();
    }
    require(node.isObject(), path);
    List<ConditionClause> clauses = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> ops = node.fields(); ops.hasNext(); ) {
      Map.Entry<String, JsonNode> op = ops.next();
      String opPath = path + "." + op.getKey();
      require(op.getValue().isObject(), opPath);
      Optional<ConditionOperator> operator = ConditionOperator.parse(op.getKey());
      // IAM accepts an unknown operator only with an empty block, which then constrains nothing.
      require(operator.isPresent() || op.getValue().isEmpty(), opPath);
      for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        clauses.add(new ConditionClause(op.getKey(), operator, key.getKey(),
            conditionValues(key.getValue(), opPath + "." + key.getKey())));
      }
    }
    return clauses;
  }

  /** Condition values are strings, or lists of them; IAM also takes bare booleans and numbers. */
  private static List<String> conditionValues(JsonNode node, String path) {
    if (node.isValueNode() && !node.isNull()) {
      return List.of(node.asText());
    }
    require(node.isArray(), path);
    List<String> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      require(item.isValueNode() && !item.isNull(), path + "[" + i + "]");
      values.add(item.asText());
    }
    return values;
  }

  private static Optional<String> optionalString(JsonNode node, String path) {
    if (node == null) {
      return Optional.empty();
    }
    require(node.isTextual(), path);
    return Optional.of(node.asText());
  }

  private static void require(boolean condition, String path) {
    if (!condition) {
      throw new SyntaxError(path);
    }
  }

  /** Internal signal: unwinds the recursive descent to {@link #parse} with the offending path. */
  private static final class SyntaxError extends RuntimeException {
    private final String path;

    SyntaxError(String path) {
      super(path, null, false, false);
      this.path = path;
    }
  }
}
