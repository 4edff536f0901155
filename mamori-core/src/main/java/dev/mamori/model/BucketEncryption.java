package dev.mamori.model;

import java.util.List;
import java.util.Optional;

/** Default encryption rules of a bucket. */
public record BucketEncryption(List<Rule> rules) {

  /** One rule: {@code AES256}, {@code aws:kms} or {@code aws:kms:dsse}, with the key when KMS. */
  public record Rule(String sseAlgorithm, Optional<String> kmsMasterKeyId, boolean bucketKeyEnabled) {}

  public BucketEncryption {
    rules = List.copyOf(rules);
  }
}
