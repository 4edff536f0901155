package dev.mamori.net;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random tests against brute force over small windows of the address space: a window of 64
 * IPv4 addresses, and a window of 64 IPv6 addresses straddling the boundary of the two 64-bit words.
 */
class AddressSetTest {

  private static final int WINDOW = 64;

  /** One window: address i of the window and its family. */
  private record Window(IpFamily family, long baseHigh, long baseLow) {
    IpAddress at(int i) {
      long low = baseLow + i;
      long high = Long.compareUnsigned(low, baseLow) < 0 ? baseHigh + 1 : baseHigh;
      return Addresses.of(family, high, low);
    }
  }

  private static final Window[] WINDOWS = {
      new Window(IpFamily.IPV4, 0, 0x0A00_0000L - 16),
      new Window(IpFamily.IPV6, 7, -32L),
  };

  @Test
  void setOperationsAgreeWithBruteForce() {
    Random random = new Random(7);
    for (int round = 0; round < 4000; round++) {
      Window w = WINDOWS[round % 2];
      BitSet aBits = new BitSet();
      BitSet bBits = new BitSet();
      AddressSet a = randomSet(random, w, aBits);
      AddressSet b = randomSet(random, w, bBits);
      AddressSet windowSet = AddressSet.ofRanges(List.of(new AddressRange(w.at(0), w.at(WINDOW - 1))));
      check(w, a.union(b), or(aBits, bBits));
      check(w, a.intersection(b), and(aBits, bBits));
      check(w, a.minus(b), andNot(aBits, bBits));
      BitSet notA = new BitSet();
      notA.set(0, WINDOW);
      notA.andNot(aBits);
      check(w, a.complement().intersection(windowSet), notA);
      assertThat(a.containsAll(a.intersection(b))).isTrue();
      assertThat(a.union(b)).isEqualTo(b.union(a));
      assertThat(a.complement().complement()).isEqualTo(a);
      assertThat(AddressSet.ofCidrs(a.toCidrs())).isEqualTo(a);
    }
  }

  @Test
  void cidrListsAreMinimal() {
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      Window w = WINDOWS[round % 2];
      BitSet bits = new BitSet();
      AddressSet set = randomSet(random, w, bits);
      assertThat(set.toCidrs()).hasSize(minimalBlocks(w, bits));
    }
  }

  @Test
  void wholeFamiliesAndEdges() {
    assertThat(AddressSet.all(IpFamily.IPV4).toCidrs()).containsExactly(Cidr.parse("0.0.0.0/0"));
    assertThat(AddressSet.all().toCidrs())
        .containsExactly(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/0"));
    assertThat(AddressSet.empty().complement()).isEqualTo(AddressSet.all());
    AddressSet tail = AddressSet.of(Cidr.parse("255.255.255.255/32"));
    assertThat(tail.complement().only(IpFamily.IPV4).toCidrs()).hasSize(32);
    AddressSet notTen = AddressSet.all(IpFamily.IPV4).minus(AddressSet.of(Cidr.parse("10.0.0.0/8")));
    assertThat(notTen.toCidrs()).extracting(Cidr::toString).containsExactly(
        "0.0.0.0/5", "8.0.0.0/7", "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3",
        "64.0.0.0/2", "128.0.0.0/1");
  }

  private static AddressSet randomSet(Random random, Window w, BitSet bits) {
    List<AddressRange> ranges = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      int from = random.nextInt(WINDOW);
      int to = Math.min(WINDOW - 1, from + random.nextInt(random.nextBoolean() ? 4 : 40));
      ranges.add(new AddressRange(w.at(from), w.at(to)));
      bits.set(from, to + 1);
    }
    return AddressSet.ofRanges(ranges);
  }

  private static void check(Window w, AddressSet set, BitSet expected) {
    for (int i = 0; i < WINDOW; i++) {
      assertThat(set.contains(w.at(i))).as("address %s in %s", w.at(i), set).isEqualTo(expected.get(i));
    }
    // nothing outside the window
    assertThat(set.contains(Addresses.previous(w.at(0)))).isFalse();
    assertThat(set.contains(Addresses.next(w.at(WINDOW - 1)))).isFalse();
  }

  /** Fewest aligned blocks partitioning the set, by dynamic programming over the window. */
  private static int minimalBlocks(Window w, BitSet bits) {
    int[] best = new int[WINDOW + 1];
    for (int i = WINDOW - 1; i >= 0; i--) {
      if (!bits.get(i)) {
        best[i] = best[i + 1];
        continue;
      }
      best[i] = Integer.MAX_VALUE;
      IpAddress start = w.at(i);
      for (int size = 1; i + size <= WINDOW; size *= 2) {
        boolean aligned = (start.low() & (size - 1)) == 0;
        if (!aligned || bits.nextClearBit(i) < i + size) {
          break;
        }
        if (best[i + size] != Integer.MAX_VALUE) {
          best[i] = Math.min(best[i], 1 + best[i + size]);
        }
      }
    }
    return best[0];
  }

  private static BitSet or(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.or(b);
    return r;
  }

  private static BitSet and(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.and(b);
    return r;
  }

  private static BitSet andNot(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.andNot(b);
    return r;
  }
}
