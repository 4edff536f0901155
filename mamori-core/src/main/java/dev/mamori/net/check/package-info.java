/**
 * The logic of the network checks ({@code nacl-shadowed-rule}, {@code nacl-return-traffic-blocked},
 * {@code exposed-admin-port}) as engine queries: typed findings for callers who want the details,
 * and per-resource {@link dev.mamori.net.check.NetworkCheckResult}s for the audit catalog to wrap.
 */
package dev.mamori.net.check;
