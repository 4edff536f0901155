package dev.mamori.snapshot;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Region names derived from what the data says, for files whose folder does not name a region. */
final class Regions {
  private static final Pattern AZ = Pattern.compile("([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+)(?:-[a-z]+-\\d+)?[a-z]");

  private Regions() {}

  /**
   * Answers already given: a snapshot has a handful of zones and asks about each one for every
   * resource in it, so a lookup replaces a regular expression per resource.
   */
  private static final Map<String, Optional<String>> KNOWN = new ConcurrentHashMap<>();

  /** {@code us-east-1a} → {@code us-east-1}; also Local Zones such as {@code us-west-2-lax-1a}. */
  static Optional<String> fromAvailabilityZone(String az) {
    Optional<String> known = KNOWN.get(az);
    if (known != null) {
      return known;
    }
    Matcher m = AZ.matcher(az);
    Optional<String> region = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    if (KNOWN.size() < 10_000) { // bounded, whatever the input
      KNOWN.put(az, region);
    }
    return region;
  }

  /** The region of an element: its file's, else its availability zone's, else {@code unknown}. */
  static String of(SnapshotFile file, ReadContext ctx, Optional<String> availabilityZone) {
    Optional<String> fromAz = availabilityZone.flatMap(Regions::fromAvailabilityZone);
    fromAz.ifPresent(r -> ctx.learnRegion(file, r));
    return ctx.regionOf(file).or(() -> fromAz).orElse(UNKNOWN);
  }

  static final String UNKNOWN = "unknown";
}
