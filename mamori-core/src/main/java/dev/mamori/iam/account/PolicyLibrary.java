package dev.mamori.iam.account;

import dev.mamori.iam.policy.ParseResult;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.model.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Parses the policy documents of a snapshot once, by name. A document that does not parse takes
 * no part in decisions, and is listed in {@link #unreadable()} so that callers can say so.
 */
final class PolicyLibrary {
  private final Map<String, Optional<Policy>> byName = new ConcurrentHashMap<>();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();

  Optional<Policy> policy(String name, PolicyDocument document) {
    return byName.computeIfAbsent(name, n -> {
      ParseResult result = PolicyParser.parse(document.json(), n);
      if (result instanceof ParseResult.Parsed parsed) {
        return Optional.of(parsed.policy());
      }
      unreadable.add(n);
      return Optional.empty();
    });
  }

  List<String> unreadable() {
    return List.copyOf(unreadable);
  }
}
