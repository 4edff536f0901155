package dev.mamori.net.filter;

/** A filter's answer for one packet. UNKNOWN when it hangs on data the snapshot does not hold. */
public enum Outcome {
  ALLOWED,
  DENIED,
  UNKNOWN
}
