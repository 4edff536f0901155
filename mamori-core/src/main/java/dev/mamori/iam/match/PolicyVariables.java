package dev.mamori.iam.match;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.policy.PolicyVersion;
import java.util.List;
import java.util.Optional;

/**
 * Substitutes policy variables in Resource patterns and condition values: {@code ${key}},
 * {@code ${key, 'default'}}, and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}} that stand
 * for the literal characters. Only Version 2012-10-17 has variables; otherwise the text is taken
 * as written. A substituted value is literal text: a {@code *} in a user name is not a wildcard.
 */
public final class PolicyVariables {
  private PolicyVariables() {}

  public static boolean mentionsVariable(String text) {
    return text.contains("${");
  }

  /**
   * The pattern with every variable replaced, or empty when a variable has no value in the
   * request and no default: such an element matches nothing (IAM User Guide, "Policy variables
   * with no value").
   */
  public static Optional<Glob> expand(String raw, PolicyVersion version, RequestContext context) {
    if (!version.supportsVariables() || !mentionsVariable(raw)) {
      return Optional.of(Glob.of(raw));
    }
    Glob.Builder out = Glob.builder();
    int i = 0;
    while (i < raw.length()) {
      int start = raw.indexOf("${", i);
      int end = start < 0 ? -1 : raw.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        out.pattern(raw.substring(i));
        break;
      }
      out.pattern(raw.substring(i, start));
      Optional<String> value = resolve(raw.substring(start + 2, end), context);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      out.literal(value.get());
      i = end + 1;
    }
    return Optional.of(out.build());
  }

  private static Optional<String> resolve(String body, RequestContext context) {
    String trimmed = body.trim();
    if (trimmed.equals("*") || trimmed.equals("?") || trimmed.equals("$")) {
      return Optional.of(trimmed);
    }
    String key = trimmed;
    Optional<String> defaultValue = Optional.empty();
    int comma = trimmed.indexOf(',');
    if (comma >= 0) {
      key = trimmed.substring(0, comma).trim();
      defaultValue = quoted(trimmed.substring(comma + 1).trim());
    }
    Optional<List<String>> values = context.values(key);
    if (values.isPresent() && values.get().size() == 1) {
      return Optional.of(values.get().get(0));
    }
    return defaultValue;
  }

  private static Optional<String> quoted(String text) {
    if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
      return Optional.of(text.substring(1, text.length() - 1));
    }
    return Optional.empty();
  }
}
