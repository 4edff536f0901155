package dev.mamori.net.filter;

import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.PortRange;
import dev.mamori.net.IntRange;
import dev.mamori.net.PacketSet;
import java.util.Optional;

/**
 * The protocol part of an SG rule or NACL entry as a packet set (every address): AWS semantics.
 * Protocol -1 is every protocol and port; ports filter only TCP and UDP; ICMP type/code -1 is any;
 * any other protocol number matches on the number alone, whatever ports the rule lists.
 */
public final class ServiceSets {
  private ServiceSets() {}

  public static PacketSet of(IpProtocol protocol, Optional<PortRange> ports, Optional<IcmpTypeCode> icmp) {
    if (protocol.isAll()) {
      return PacketSet.universe();
    }
    PacketSet byNumber = PacketSet.protocol(protocol.number());
    if (protocol.hasPorts()) {
      return ports.map(p -> byNumber.intersection(PacketSet.destinationPorts(IntRange.of(p.from(), p.to()))))
          .orElse(byNumber);
    }
    if (protocol.isIcmp() && icmp.isPresent() && !icmp.get().anyType()) {
      IcmpTypeCode tc = icmp.get();
      PacketSet typed = byNumber.intersection(PacketSet.icmpTypes(IntRange.single(tc.type())));
      return tc.anyCode() ? typed : typed.intersection(PacketSet.icmpCodes(IntRange.single(tc.code())));
    }
    return byNumber;
  }
}
