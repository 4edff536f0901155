package dev.mamori.snapshot;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Region names derived from what the data says, for files whose folder does not name a region. */
final class Regions {
  private static final Pattern AZ = Pattern.compile("([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+)(?:-[a-z]+-\\d+)?[a-z]");

  private Regions() {}

  /** {@code us-east-1a} → {@code us-east-1}; also Local Zones such as {@code us-west-2-lax-1a}. */
  static Optional<String> fromAvailabilityZone(String az) {
    Matcher m = AZ.matcher(az);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The region of an element: its file's, else its availability zone's, else {@code unknown}. */
  static String of(SnapshotFile file, ReadContext ctx, Optional<String> availabilityZone) {
    Optional<String> fromAz = availabilityZone.flatMap(Regions::fromAvailabilityZone);
    fromAz.ifPresent(r -> ctx.learnRegion(file, r));
    return ctx.regionOf(file).or(() -> fromAz).orElse(UNKNOWN);
  }

  static final String UNKNOWN = "unknown";
}
