package dev.mamori.responsibility;

/** One thing AWS manages for the customer (facilities, hypervisor, the platform, …). */
public record AwsResponsibility(String id, String description) {}
