package dev.mamori.model;

import java.util.List;
import java.util.Optional;

/** A bucket's replication configuration. */
public record ReplicationConfiguration(String role, List<Rule> rules) {

  /** One replication rule; only an {@code Enabled} one replicates. */
  public record Rule(Optional<String> id, String status, String destinationBucketArn, Optional<String> destinationAccount) {
    public boolean enabled() {
      return "Enabled".equals(status);
    }
  }

  public ReplicationConfiguration {
    rules = List.copyOf(rules);
  }
}
