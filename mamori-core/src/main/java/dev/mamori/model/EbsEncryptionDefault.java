package dev.mamori.model;

import java.util.Optional;

/** Whether new EBS volumes in one account and region are encrypted by default. */
public record EbsEncryptionDefault(String accountId, String region, boolean enabled, Optional<String> defaultKmsKeyId) {}
