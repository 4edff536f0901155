/**
 * Security groups and network ACLs as packet sets, and their per-packet decisions with the deciding
 * rule. A security group rule becomes (protocol part) ∩ (peer addresses); an interface's groups are
 * their union (allow-only, stateful). A network ACL direction becomes one exact set by first match
 * (each allow entry contributes what no lower-numbered entry matched). Where a rule names something
 * the snapshot cannot resolve (a prefix list without entries, a group from another account), sets are
 * {@link dev.mamori.net.filter.Bounded}: certain ⊆ actual ⊆ possible, with the reasons.
 */
package dev.mamori.net.filter;
