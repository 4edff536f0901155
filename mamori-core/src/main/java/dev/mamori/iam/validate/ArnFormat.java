package dev.mamori.iam.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Checks a Resource value the way IAM does before it accepts a policy, with IAM's messages.
 * The AWS-defined data (partitions, region-less services, IAM path prefixes) is in
 * {@code arn-format.properties}, which names its sources.
 */
final class ArnFormat {
  private static final List<String> PARTITIONS;
  private static final Map<String, String> REGION_LESS = new TreeMap<>();
  private static final List<String> IAM_PATH_PREFIXES;

  static {
    Properties p = new Properties();
    try (InputStream in = ArnFormat.class.getResourceAsStream("/dev/mamori/iam/arn-format.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PARTITIONS = List.of(p.getProperty("partitions").split(","));
    IAM_PATH_PREFIXES = List.of(p.getProperty("iam-path-prefixes").split(","));
    for (String name : p.stringPropertyNames()) {
      if (name.startsWith("region-less.")) {
        REGION_LESS.put(name.substring("region-less.".length()), p.getProperty(name));
      }
    }
  }

  private ArnFormat() {}

  /** IAM's complaint about this Resource value, if it has one. */
  static Optional<String> problem(String resource) {
    if (resource.equals("*")) {
      return Optional.empty();
    }
    int first = resource.indexOf(':');
    if (first < 0) {
      return Optional.of("Resource " + resource + " must be in ARN format or \"*\".");
    }
    String[] rest = resource.substring(first + 1).split(":", -1);
    String partition = rest[0];
    if (!PARTITIONS.contains(partition) && !partition.equals("*")) {
      return Optional.of(partitionProblem(partition, rest));
    }
    if (rest.length < 2) {
      return Optional.of("Resource vendor must be fully qualified and cannot contain regexes.");
    }
    String service = rest[1];
    String region = rest.length > 2 ? rest[2] : "";
    String account = rest.length > 3 ? rest[3] : "";
    // Bucket and object ARNs have neither Region nor account; access points and the like have both.
    if (REGION_LESS.containsKey(service) && !region.isEmpty() && (service.equals("iam") || account.isEmpty())) {
      return Optional.of(REGION_LESS.get(service).replace("{resource}", resource));
    }
    if (service.equals("iam")) {
      String path = rest.length > 4 ? String.join(":", java.util.Arrays.copyOfRange(rest, 4, rest.length)) : "";
      if (!path.equals("*") && IAM_PATH_PREFIXES.stream().noneMatch(path::startsWith)) {
        return Optional.of("IAM resource path must either be \"*\" or start with "
            + String.join(", ", IAM_PATH_PREFIXES) + ".");
      }
    }
    return Optional.empty();
  }

  /** IAM shows the value it could not place as a six-part ARN, filling the gaps with "*". */
  private static String partitionProblem(String partition, String[] rest) {
    String[] parts = java.util.Arrays.copyOfRange(rest, 1, rest.length);
    String service = parts.length > 0 && (!parts[0].isEmpty() || parts.length > 1) ? parts[0] : "*";
    String region = parts.length > 1 ? parts[1] : "*";
    String account = parts.length > 2 ? parts[2] : "*";
    String resource = parts.length > 3 ? String.join(":", java.util.Arrays.copyOfRange(parts, 3, parts.length)) : "*";
    return "Partition \"" + partition + "\" is not valid for resource \"arn:" + partition + ":" + service
        + ":" + region + ":" + account + ":" + resource + "\".";
  }

  /**
   * IAM's older parser refuses an ARN with an empty service, or one that has a "::" but fewer
   * than six parts ("The policy failed legacy parsing").
   */
  static boolean passesLegacyParsing(String resource) {
    if (resource.equals("*")) {
      return true;
    }
    long colons = resource.chars().filter(c -> c == ':').count();
    if (colons < 5 && resource.contains("::")) {
      return false;
    }
    String[] parts = resource.split(":", -1);
    return parts.length > 2 && !parts[2].isEmpty();
  }
}
