/**
 * Network checks (responsibility items {@code policies-and-configuration} and
 * {@code firewall-rules}). Those about what traffic can pass ask the network engine; the ones here
 * read configuration that needs no evaluation.
 */
package dev.mamori.audit.checks.network;
