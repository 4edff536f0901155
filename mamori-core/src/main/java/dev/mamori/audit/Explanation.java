package dev.mamori.audit;

import java.util.List;

/**
 * Why a check decided as it did. Model checks list the facts they read; network checks carry the
 * network engine's trace or the rules that decided; IAM checks carry the statements that decided.
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
   * What the network engine found, one {@link Flow} per flow or rule the finding is about (a
   * resource can have several: two open ports, three shadowed rules). Never empty.
   */
  record NetworkTrace(List<Flow> flows) implements Explanation {
    public NetworkTrace {
      if (flows.isEmpty()) {
        throw new IllegalArgumentException("a network trace needs at least one flow");
      }
      flows = List.copyOf(flows);
    }

    /** A trace of one flow. */
    public NetworkTrace(String flow, List<Hop> hops) {
      this(List.of(new Flow(flow, hops)));
    }

    /**
     * One flow (or rule in question) and the components that decided it, in order: each hop a
     * flow crosses as {@code mamori reach} reports it, or the rules of a filter that decide it.
     */
    public record Flow(String flow, List<Hop> hops) {
      public Flow {
        hops = List.copyOf(hops);
      }
    }

    /**
     * One hop: the component ({@code kind} such as security-group, network-acl, route, and its
     * {@code id}), the direction it saw the packet in ({@code ingress}, {@code egress} or empty),
     * what it decided ({@code ALLOWED}, {@code DENIED}, {@code UNKNOWN}), the deciding rule in short
     * (a network ACL rule number, {@code tcp 22 from 0.0.0.0/0}, a route; empty when no rule
     * decided) and a sentence for people.
     */
    public record Hop(String kind, String id, String direction, String decision, String rule, String detail) {}
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
