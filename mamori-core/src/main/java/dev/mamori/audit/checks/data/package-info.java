/**
 * Data protection checks: S3, EBS, KMS and RDS (responsibility items {@code data-at-rest},
 * {@code data-stores}, {@code data-encryption}, {@code data-management-and-encryption},
 * {@code access-permissions}).
 */
package dev.mamori.audit.checks.data;
