/**
 * Root user and IAM checks (responsibility items {@code credentials} and {@code access-permissions}),
 * read from the credential report, the account summary, the password policy and the
 * authorization details.
 */
package dev.mamori.audit.checks.iam;
