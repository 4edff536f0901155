package dev.mamori.generate;

import java.util.List;
import java.util.Map;

/**
 * What every VPC of one region refers to: its availability zones, the managed prefix lists, the KMS
 * keys and whether EBS encryption by default is on.
 */
record RegionContext(
    String region,
    List<String> zones,
    List<String> zoneIds,
    String s3PrefixListId,
    String corporatePrefixListId,
    String corporateIpv6PrefixListId,
    List<KmsKeyPlan> keys,
    boolean ebsEncryptionByDefault) {

  private static final Map<String, List<String>> ZONE_IDS = Map.of(
      "us-east-1", List.of("use1-az1", "use1-az2", "use1-az4"),
      "eu-west-1", List.of("euw1-az1", "euw1-az2", "euw1-az3"),
      "ap-northeast-1", List.of("apne1-az4", "apne1-az1", "apne1-az2"));
  /** The AWS-managed S3 prefix lists of these regions. */
  private static final Map<String, String> S3_PREFIX_LISTS = Map.of(
      "us-east-1", "pl-63a5400a", "eu-west-1", "pl-6da54004", "ap-northeast-1", "pl-61a54008");

  static RegionContext of(Topology t, int regionIndex) {
    String region = Topology.REGIONS.get(regionIndex);
    List<String> zones = List.of(region + "a", region + "b", region + "c");
    return new RegionContext(region, zones, ZONE_IDS.get(region), S3_PREFIX_LISTS.get(region),
        t.ids.ec2("pl", regionIndex * 2L), t.ids.ec2("pl", regionIndex * 2L + 1),
        KmsKeyPlan.forRegion(t, regionIndex), !region.startsWith("ap-"));
  }

  KmsKeyPlan key(String alias) {
    return keys.stream().filter(k -> k.alias().equals(alias)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no key " + alias + " in " + region));
  }
}
