package dev.mamori.audit.checks.data;

import dev.mamori.model.CloudModel;
import dev.mamori.model.EbsEncryptionDefault;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The AWS regions a snapshot covers (not its {@code global} folder or an unknown region). */
final class Regions {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d+");

  private Regions() {}

  static Set<String> of(CloudModel model) {
    Set<String> regions = new LinkedHashSet<>();
    model.regions().stream().filter(r -> REGION.matcher(r).matches()).forEach(regions::add);
    model.ebsEncryptionDefaults().stream().map(EbsEncryptionDefault::region).forEach(regions::add);
    return regions;
  }
}
