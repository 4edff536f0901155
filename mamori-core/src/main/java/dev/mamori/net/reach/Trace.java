package dev.mamori.net.reach;

import dev.mamori.net.Packet;
import dev.mamori.net.filter.Direction;
import dev.mamori.net.filter.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path being walked: hops in order, first the forward path then the return path. The first DENIED
 * hop stops the walk and becomes the blocker. An UNKNOWN hop is noted and the walk goes on (a later
 * definite drop still decides); a hop the walk cannot get past ends it as NOT_EVALUATED.
 */
final class Trace {
  private final Packet packet;
  private final List<Hop> forward = new ArrayList<>();
  private final List<Hop> back = new ArrayList<>();
  private final List<String> unknowns = new ArrayList<>();
  private boolean onReturn;
  private Blocker blocker;
  private boolean stopped;

  Trace(Packet packet) {
    this.packet = packet;
  }

  void startReturn() {
    onReturn = true;
  }

  /** False once the walk must not go on (blocked, or past what can be followed). */
  boolean goesOn() {
    return blocker == null && !stopped;
  }

  /** Records a hop; true when the packet goes on. */
  boolean add(Hop hop) {
    (onReturn ? back : forward).add(hop);
    if (hop.decision() == Outcome.DENIED) {
      blocker = new Blocker(hop.kind(), hop.id(), hop.direction(), onReturn ? "return" : "forward",
          hop.rule(), hop.detail());
      return false;
    }
    return true;
  }

  /** Records a hop whose decision depends on data the snapshot lacks, and goes on. */
  boolean addUnknown(Hop hop, List<String> reasons) {
    (onReturn ? back : forward).add(hop);
    reasons.stream().filter(r -> !unknowns.contains(r)).forEach(unknowns::add);
    return true;
  }

  /** A structural drop: no route, no public address, nobody at the address. */
  boolean block(String kind, String id, Optional<Direction> direction, String reason) {
    return add(new Hop(kind, id, direction, Outcome.DENIED, Optional.empty(), reason));
  }

  /** The walk cannot follow the packet further; the verdict is NOT_EVALUATED unless already blocked. */
  boolean stop(Hop hop, String reason) {
    (onReturn ? back : forward).add(hop);
    if (!unknowns.contains(reason)) {
      unknowns.add(reason);
    }
    stopped = true;
    return false;
  }

  ReachResult result() {
    Verdict verdict = blocker != null ? Verdict.DENIED : unknowns.isEmpty() ? Verdict.ALLOWED : Verdict.NOT_EVALUATED;
    return new ReachResult(verdict, Optional.ofNullable(blocker), forward, back, packet,
        verdict == Verdict.NOT_EVALUATED ? unknowns : List.of());
  }
}
