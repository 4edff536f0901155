package dev.mamori.iam.account;

import dev.mamori.iam.eval.AuthorizationResult;
import java.util.List;

/**
 * What a bucket lets everyone do: each request that its policy or ACL grants to the anonymous or
 * the any-account caller, with S3's final decision on it (after Block Public Access). A grant is
 * open when S3 allows it, blocked when Block Public Access denies it, and not certain when it is
 * allowed but a fact that could block it was not collected.
 */
public record PublicBucketAccess(List<Grant> grants) {
  public PublicBucketAccess {
    grants = List.copyOf(grants);
  }

  /**
   * One request the policies grant to a public caller ({@code "anonymous"} or
   * {@code "any other account"}): what the policies and ACL alone decide, and what S3 decides.
   */
  public record Grant(String caller, String action, String resource, AuthorizationResult byPolicies,
      AuthorizationResult decision) {}

  /** Allowed, certainly. */
  public List<Grant> open() {
    return grants.stream().filter(g -> g.decision().allowed() && g.decision().certain()).toList();
  }

  /** Allowed by what the snapshot holds, but something that could block it was not collected. */
  public List<Grant> notCertain() {
    return grants.stream().filter(g -> g.decision().allowed() && !g.decision().certain()).toList();
  }

  /** Granted by the policies or the ACL, and denied by S3 (Block Public Access). */
  public List<Grant> blocked() {
    return grants.stream().filter(g -> !g.decision().allowed()).toList();
  }

  /** Whether S3 lets everyone in, as far as the snapshot tells. */
  public boolean isPublic() {
    return grants.stream().anyMatch(g -> g.decision().allowed());
  }
}
