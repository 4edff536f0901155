/**
 * Route tables: longest prefix match (prefix-list routes expanded entry by entry; on equal length a
 * CIDR route beats a prefix-list route and a static route a propagated one), per address for one
 * packet and per address set (the cells of the match) for the symbolic analyses.
 */
package dev.mamori.net.route;
