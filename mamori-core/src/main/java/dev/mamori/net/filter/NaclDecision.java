package dev.mamori.net.filter;

import dev.mamori.model.NetworkAcl;
import java.util.Optional;

/**
 * What a network ACL decides for one packet: the first matching entry, or the implicit final
 * {@code *} rule ({@code 32767} for IPv4, {@code 32768} for IPv6) when the snapshot lists none.
 */
public record NaclDecision(NetworkAcl acl, boolean allowed, int ruleNumber, Optional<NaclEntryMatch> entry) {

  public Outcome outcome() {
    return allowed ? Outcome.ALLOWED : Outcome.DENIED;
  }

  public String summary() {
    return entry.map(NaclEntryMatch::summary)
        .orElse(acl.id() + " rule * (" + ruleNumber + ") deny all traffic");
  }
}
