package dev.mamori.net.filter;

import dev.mamori.model.IcmpTypeCode;
import dev.mamori.model.IpProtocol;
import dev.mamori.model.PortRange;
import java.util.Optional;

/** How a rule's protocol and ports read in a trace: {@code tcp 22}, {@code all traffic}, {@code icmp type 8}. */
public final class RuleText {
  private RuleText() {}

  public static String service(IpProtocol protocol, Optional<PortRange> ports, Optional<IcmpTypeCode> icmp) {
    if (protocol.isAll()) {
      return "all traffic";
    }
    if (protocol.hasPorts()) {
      return protocol.awsName() + " " + ports.map(p -> p.from() == 0 && p.to() == 65535 ? "all ports" : p.toString())
          .orElse("all ports");
    }
    if (protocol.isIcmp()) {
      return protocol.awsName() + " " + icmp.filter(t -> !t.anyType()).map(IcmpTypeCode::toString).orElse("any type");
    }
    return "protocol " + protocol.number();
  }
}
