package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;

/**
 * Arithmetic on the model's {@link IpAddress} (an unsigned 128-bit value; IPv4 in the low 32 bits)
 * that the algebra needs: neighbours, family bounds, CIDR blocks as ranges.
 */
public final class Addresses {
  private static final long V4_MAX = 0xFFFF_FFFFL;

  private Addresses() {}

  public static IpAddress of(IpFamily family, long high, long low) {
    return new IpAddress(family == IpFamily.IPV6, high, low);
  }

  /** The lowest address of a family ({@code 0.0.0.0} or {@code ::}). */
  public static IpAddress first(IpFamily family) {
    return of(family, 0, 0);
  }

  /** The highest address of a family. */
  public static IpAddress last(IpFamily family) {
    return family == IpFamily.IPV4 ? of(family, 0, V4_MAX) : of(family, -1L, -1L);
  }

  public static boolean isFirst(IpAddress a) {
    return a.high() == 0 && a.low() == 0;
  }

  public static boolean isLast(IpAddress a) {
    return a.equals(last(IpFamily.of(a)));
  }

  /** The next address; the caller must know {@code a} is not the last one. */
  public static IpAddress next(IpAddress a) {
    if (isLast(a)) {
      throw new IllegalStateException("no address after " + a);
    }
    return a.low() == -1L ? new IpAddress(a.ipv6(), a.high() + 1, 0) : new IpAddress(a.ipv6(), a.high(), a.low() + 1);
  }

  /** The previous address; the caller must know {@code a} is not the first one. */
  public static IpAddress previous(IpAddress a) {
    if (isFirst(a)) {
      throw new IllegalStateException("no address before " + a);
    }
    return a.low() == 0 ? new IpAddress(a.ipv6(), a.high() - 1, -1L) : new IpAddress(a.ipv6(), a.high(), a.low() - 1);
  }

  /** True when {@code b} immediately follows {@code a} (same family). */
  public static boolean isFollowedBy(IpAddress a, IpAddress b) {
    return a.ipv6() == b.ipv6() && !isLast(a) && next(a).equals(b);
  }

  /** The addresses of a block; host bits of a hand-made network address are ignored. */
  public static AddressRange range(Cidr cidr) {
    IpFamily family = IpFamily.of(cidr);
    int hostBits = family.bits() - cidr.prefixLength();
    long highHost = hostBits > 64 ? U128.lowMask(hostBits - 64) : 0;
    long lowHost = U128.lowMask(Math.min(hostBits, 64));
    IpAddress n = cidr.network();
    return new AddressRange(of(family, n.high() & ~highHost, n.low() & ~lowHost),
        of(family, n.high() | highHost, n.low() | lowHost));
  }

  /** The block {@code start/prefix}; {@code start} must be aligned. */
  static Cidr cidr(IpAddress start, int prefixLength) {
    return new Cidr(start, prefixLength);
  }
}
