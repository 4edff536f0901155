package dev.mamori.net.reach;

import dev.mamori.net.Packet;
import java.util.List;
import java.util.Optional;

/**
 * The answer for one flow: the verdict, what blocked it, and both paths hop by hop. {@code packet}
 * is the forward packet traced (for an {@code internet} end, the address Mamori picked as a witness);
 * {@code unknowns} lists what the snapshot lacked when the verdict is NOT_EVALUATED.
 */
public record ReachResult(
    Verdict verdict,
    Optional<Blocker> blockedBy,
    List<Hop> forward,
    List<Hop> returnPath,
    Packet packet,
    List<String> unknowns) {

  public ReachResult {
    forward = List.copyOf(forward);
    returnPath = List.copyOf(returnPath);
    unknowns = List.copyOf(unknowns);
  }

  /** Hops in total: how far the flow got. */
  int progress() {
    return forward.size() + returnPath.size();
  }
}
