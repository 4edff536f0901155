package dev.mamori.net.exposure;

import dev.mamori.net.AddressSet;
import java.util.List;

/** Every exposure of the snapshot to a source range, and what could not be evaluated. */
public record ExposureReport(
    AddressSet sources, List<Exposure> exposures, List<NotEvaluated> notEvaluated, List<String> warnings) {

  public ExposureReport {
    exposures = List.copyOf(exposures);
    notEvaluated = List.copyOf(notEvaluated);
    warnings = List.copyOf(warnings);
  }
}
