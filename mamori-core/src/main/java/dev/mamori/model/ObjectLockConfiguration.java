package dev.mamori.model;

import java.util.Optional;

/** S3 Object Lock: whether it is enabled, and the default retention if any. */
public record ObjectLockConfiguration(
    boolean enabled, Optional<String> defaultMode, Optional<Integer> defaultDays, Optional<Integer> defaultYears) {}
