package dev.mamori.model;

import java.util.Optional;

/** The account password policy for IAM users. */
public record PasswordPolicy(
    int minimumPasswordLength,
    boolean requireSymbols,
    boolean requireNumbers,
    boolean requireUppercaseCharacters,
    boolean requireLowercaseCharacters,
    boolean allowUsersToChangePassword,
    boolean expirePasswords,
    Optional<Integer> maxPasswordAge,
    Optional<Integer> passwordReusePrevention,
    boolean hardExpiry) {}
