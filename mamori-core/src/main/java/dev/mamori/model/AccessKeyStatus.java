package dev.mamori.model;

import java.time.Instant;
import java.util.Optional;

/** One access key slot of a credential report row. */
public record AccessKeyStatus(
    boolean active, Optional<Instant> lastRotated, Optional<Instant> lastUsed, Optional<String> lastUsedService) {

  public static final AccessKeyStatus NONE =
      new AccessKeyStatus(false, Optional.empty(), Optional.empty(), Optional.empty());
}
