package dev.mamori.net.filter;

import dev.mamori.net.PacketSet;

/**
 * A network ACL entry with the part of some packets in question that it decides: the packets it
 * matches that no lower-numbered entry matched (first match wins).
 */
public record NaclDecidingEntry(NaclEntryMatch match, PacketSet decided) {}
