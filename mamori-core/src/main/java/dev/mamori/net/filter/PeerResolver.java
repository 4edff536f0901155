package dev.mamori.net.filter;

import dev.mamori.net.AddressSet;

/**
 * Resolves what a rule names indirectly into addresses: a managed prefix list (its entries) or a
 * security group (the private addresses of its member interfaces). Bounded, because either may lie
 * outside the snapshot.
 */
public interface PeerResolver {

  Bounded<AddressSet> prefixList(String prefixListId);

  Bounded<AddressSet> groupMembers(String securityGroupId);
}
