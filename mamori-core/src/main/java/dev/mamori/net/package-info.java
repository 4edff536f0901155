/**
 * The packet-space algebra: exact sets of packets over (IP version, protocol 0–255, source address,
 * destination address, source port, destination port, ICMP type, ICMP code), IPv4 and IPv6.
 *
 * <h2>Representation: an interval decision tree</h2>
 *
 * A {@link dev.mamori.net.PacketSet} is a tree with one level per field, in the fixed order
 * family → protocol → destination port (ICMP type) → source port (ICMP code) → source address
 * (high 64 bits, low 64 bits) → destination address (high, low). A node cuts its field's values into
 * sorted, disjoint intervals, each leading to the set of the remaining fields (its child). Two
 * touching intervals never lead to equal children: they are merged when built
 * ({@code NodeBuilder}). So each set has exactly one tree, and
 * <ul>
 *   <li>equality is structural (with cached hashes), and {@code equals} is set equality;</li>
 *   <li>union, intersection and difference are one simultaneous walk of two trees that merges their
 *       interval lists ({@code NodeOps}), memoized on shared subtrees; complement is the difference
 *       from the universe of valid packets;</li>
 *   <li>enumeration reads the tree: every interval is maximal given the levels above it, so the
 *       exposure output (protocol → maximal destination port range → one source set) falls out of a
 *       walk, and an address set becomes a minimal CIDR list ({@link dev.mamori.net.AddressSet}).</li>
 * </ul>
 *
 * <h2>Why this and not a list of disjoint boxes</h2>
 *
 * A box list is simple, but it is not canonical (equality needs two differences), and differences
 * fragment it: a NACL's "allow unless an earlier rule denied" or "all but the private ranges" cut every
 * box into up to 2 × (number of fields) pieces per subtracted box, and the pieces pile up. A BDD over
 * bits is canonical and compact, but a port range or an arbitrary address range becomes dozens of bit
 * nodes and reading out maximal ranges is work. The interval tree keeps ranges as ranges: a rule
 * "tcp 22 from 10.0.0.0/8" is a chain of eight one-interval nodes; a whole security group of a few
 * dozen rules is one tree of roughly (distinct port ranges) × (distinct address blocks) nodes; and
 * subtrees are shared, not copied. Fields whose meaning depends on the protocol come right after it,
 * and addresses, which are the most numerous, come last.
 *
 * <h2>Layer-4 fields</h2>
 *
 * AWS filters ports only for TCP and UDP, and ICMP type/code only for ICMP (IPv4, protocol 1) and
 * ICMPv6 (IPv6, protocol 58); other protocols match on protocol and addresses alone. The tree encodes
 * this in its universe: for TCP/UDP the two layer-4 levels are ports 0–65535, for ICMP/ICMPv6 type and
 * code 0–255, and for every other protocol both are fixed at 0 ({@link dev.mamori.net.ProtocolClass}).
 * Every factory cuts its result to this universe, so no set ever holds a packet that cannot exist.
 *
 * <h2>128-bit addresses</h2>
 *
 * Every level holds unsigned 64-bit values. An IPv6 address is two levels (high and low word), an IPv4
 * address uses the low word with the high word 0. An arbitrary 128-bit range is at most three products
 * of (high interval × low interval): its first /64 block, the whole blocks between, its last block.
 * Sets built from address ranges by Boolean operations keep that form, which enumeration relies on.
 */
package dev.mamori.net;
