/**
 * {@code reach}: one flow, forward and back, hop by hop, with the component and rule that decide.
 *
 * <p>Semantics, in the order a packet travels: the sender's security groups (outbound); within one
 * subnet, straight to the receiver's groups (no network ACL, no route table); otherwise the sender's
 * subnet ACL (outbound), the subnet's route table (longest prefix match, main table fallback) and the
 * target it names — {@code local} (an interface of the VPC must hold the address), an active VPC
 * peering (the address must be in the peer VPC: peering is not transitive), an internet gateway
 * attached to the VPC (IPv4 needs a public or Elastic IP on the sending address; the destination must
 * be an internet address), an egress-only gateway (IPv6, outbound only), a NAT gateway (available,
 * public, IPv4, TCP/UDP/ICMP only; the traffic then crosses the NAT's subnet ACL both ways and its
 * route table must send it to an internet gateway; the NAT picks a source port in 1024–65535),
 * blackhole routes drop. Then the receiver's subnet ACL (inbound) and groups. The reply is a separate
 * packet for ACLs (stateless) and must be routed back the same way (an asymmetric reply is dropped);
 * security groups pass it (stateful). ICMP queries have a reply (echo, timestamp, …); other ICMP
 * messages are one-way and have no return path.
 *
 * <p>From the internet, a packet reaches an interface only through its public address (or a global
 * IPv6 address) and its VPC's internet gateway; the reply must be routed to that gateway. NAT gateway
 * interfaces drop what they did not open. An address no interface holds is a host outside the
 * snapshot, assumed to answer; a path through a component Mamori does not model (transit or virtual
 * private gateway towards an address of the snapshot, an appliance interface) and any decision that
 * hangs on data the snapshot lacks give NOT_EVALUATED, unless a hop definitely drops the flow.
 *
 * <p>An {@code internet} end is symbolic: every filter and route decides by address ranges, so the
 * engine tries the first internet address of every piece cut by their boundaries (skipping addresses
 * held by interfaces of the snapshot) and reports ALLOWED as soon as one gets through.
 */
package dev.mamori.net.reach;
