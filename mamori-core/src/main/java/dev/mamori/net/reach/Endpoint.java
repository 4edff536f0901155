package dev.mamori.net.reach;

import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import java.util.Optional;

/** One end of a flow as the user named it. */
public sealed interface Endpoint {

  /**
   * A network interface of the snapshot; {@code address} is the one named (private, IPv6 or public),
   * empty when the interface or its instance was named and Mamori picks the address.
   */
  record OfInterface(NetworkInterface eni, Optional<IpAddress> address) implements Endpoint {}

  /** An address no interface of the snapshot holds: a host outside the snapshot. */
  record External(IpAddress address) implements Endpoint {}

  /** Some internet address (see {@link dev.mamori.net.InternetAddresses}); Mamori picks a witness. */
  record Internet() implements Endpoint {}
}
