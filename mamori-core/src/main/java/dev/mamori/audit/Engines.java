package dev.mamori.audit;

import dev.mamori.iam.account.AccessQuestions;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.model.CloudModel;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.reach.ReachabilityAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import java.util.function.Supplier;

/**
 * The engines checks ask, built once per audit and only when a check first needs one (building
 * the IAM engine parses every policy of the snapshot; the internet exposure is the costliest
 * network question, and two checks need it). Checks never re-implement their semantics.
 * Thread-safe: checks may run in parallel, and building one engine does not hold up another.
 */
public final class Engines {
  private final Lazy<AccountAuthorizer> iam;
  private final Lazy<AccessQuestions> access;
  private final Lazy<NetworkTopology> network;
  private final Lazy<ExposureReport> internetExposure;
  private final Lazy<ReachabilityAnalyzer> reach;

  private Engines(CloudModel model) {
    iam = new Lazy<>(() -> new AccountAuthorizer(model));
    access = new Lazy<>(() -> new AccessQuestions(iam()));
    network = new Lazy<>(() -> NetworkTopology.of(model));
    internetExposure = new Lazy<>(() -> new ExposureAnalyzer(network()).analyze());
    reach = new Lazy<>(() -> new ReachabilityAnalyzer(network()));
  }

  public static Engines of(CloudModel model) {
    return new Engines(model);
  }

  /** The IAM engine over the snapshot. */
  public AccountAuthorizer iam() {
    return iam.get();
  }

  /** The IAM engine's answers to the audit's access questions (public bucket, public key, lockout). */
  public AccessQuestions access() {
    return access.get();
  }

  /** The network engine's view of the snapshot: compiled security groups, ACLs and route tables. */
  public NetworkTopology network() {
    return network.get();
  }

  /** What the whole internet can open connections to ({@code mamori exposure}), computed once. */
  public ExposureReport internetExposure() {
    return internetExposure.get();
  }

  /** One flow with its hop-by-hop trace ({@code mamori reach}). */
  public ReachabilityAnalyzer reach() {
    return reach.get();
  }

  /** A value built on first use, once, whichever thread asks first. */
  private static final class Lazy<T> {
    private final Supplier<T> build;
    private volatile T value;

    Lazy(Supplier<T> build) {
      this.build = build;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = build.get();
            value = v;
          }
        }
      }
      return v;
    }
  }
}
