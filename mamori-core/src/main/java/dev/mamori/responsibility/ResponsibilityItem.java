package dev.mamori.responsibility;

/**
 * One thing the customer is responsible for under a service model ({@code credentials},
 * {@code firewall-rules}, …). Every audit finding names one.
 */
public record ResponsibilityItem(String id, ServiceModel model, String title, String description) {}
