package dev.mamori.model;

import java.util.List;
import java.util.Optional;

/**
 * A managed prefix list (customer- or AWS-managed). Its entries come from a separate call
 * ({@code get-managed-prefix-list-entries}) and may not have been collected.
 */
public record ManagedPrefixList(
    String id,
    String name,
    String accountId,
    String region,
    String addressFamily,
    Optional<String> ownerId,
    Collected<List<Cidr>> entries) {}
