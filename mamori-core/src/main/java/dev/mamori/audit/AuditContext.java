package dev.mamori.audit;

import dev.mamori.model.CloudModel;
import java.time.Duration;
import java.time.Instant;

/**
 * What a check sees: the model, the scan time (from {@code --as-of}; date-based checks measure
 * ages from it, never from the clock), its own metadata (for its thresholds) and the engines it
 * may ask.
 */
public record AuditContext(CloudModel model, Instant asOf, CheckMetadata metadata, Engines engines) {

  /** The snapshot's account, or {@code unknown} when neither the layout nor the data names it. */
  public String account() {
    return model.accountId().filter(a -> !a.isEmpty()).orElse("unknown");
  }

  /** The account root user's ARN. */
  public String rootArn() {
    return "arn:aws:iam::" + account() + ":root";
  }

  /** A whole number of days threshold from the check's metadata. */
  public int days(String parameter) {
    return metadata.intParameter(parameter);
  }

  /** Whole days from {@code then} to the scan time (negative when {@code then} is after it). */
  public long daysSince(Instant then) {
    return Duration.between(then, asOf).toDays();
  }
}
