package dev.mamori.generate;

/**
 * What to generate: the number of network interfaces (every other count follows from it, in the
 * proportions of a typical multi-VPC account) and the seed that makes the output reproducible.
 */
public record GeneratorSpec(int interfaces, long seed) {
  public static final long DEFAULT_SEED = 42L;

  public GeneratorSpec {
    if (interfaces < 1) {
      throw new IllegalArgumentException("expected at least 1 interface, found " + interfaces);
    }
  }
}
