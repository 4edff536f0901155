package dev.mamori.audit;

import java.util.List;

/**
 * Why a check decided as it did. Model checks list the facts they read; network checks carry the
 * hop-by-hop trace of the network engine; IAM checks carry the statements that decided.
 */
public sealed interface Explanation {

  /** Nothing more to say than the message. */
  record None() implements Explanation {}

  /** The configuration values the decision rests on, one per line. */
  record Facts(List<String> facts) implements Explanation {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /**
   * A network trace: each hop the flow crosses ({@code kind} such as security-group, network-acl,
   * route), in which direction, what it decided, and by which rule.
   */
  record NetworkTrace(String flow, List<Hop> hops) implements Explanation {
    public NetworkTrace {
      hops = List.copyOf(hops);
    }

    /** One hop, with the same fields as a hop of {@code mamori reach}. */
    public record Hop(String kind, String id, String direction, String decision, String rule) {}
  }

  /** The policy statements that decided an IAM question, as {@code mamori can} reports them. */
  record PolicyStatements(String question, String decision, List<Statement> statements) implements Explanation {
    public PolicyStatements {
      statements = List.copyOf(statements);
    }

    /** One deciding statement: the policy, its Sid or index, its effect. */
    public record Statement(String policy, String statement, String effect) {}
  }

  Explanation NONE = new None();

  static Explanation facts(String... facts) {
    return new Facts(List.of(facts));
  }
}
