package dev.mamori.model;

/**
 * A Lambda function as far as access goes: its ARN and its resource-based policy
 * ({@code aws lambda get-policy}), which may be absent (the function has none) or not collected.
 */
public record LambdaFunction(String name, String arn, String accountId, String region, Collected<PolicyDocument> policy) {}
