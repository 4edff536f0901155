package dev.mamori.iam.eval;

import dev.mamori.iam.condition.RequestContext;
import java.util.Optional;

/**
 * One question: may {@code principal} call {@code action} on {@code resource}? The resource
 * account decides same-account versus cross-account evaluation; when it is unknown the resource
 * is taken to be in the caller's account.
 */
public record AuthorizationRequest(
    RequestPrincipal principal,
    String action,
    String resource,
    Optional<String> resourceAccount,
    RequestContext context) {

  public AuthorizationRequest {
    java.util.Objects.requireNonNull(principal);
    java.util.Objects.requireNonNull(action);
    java.util.Objects.requireNonNull(resource);
    java.util.Objects.requireNonNull(resourceAccount);
    java.util.Objects.requireNonNull(context);
  }

  public boolean sameAccount() {
    Optional<String> callerAccount = principal.accountId();
    return callerAccount.isPresent() && (resourceAccount.isEmpty() || resourceAccount.get().equals(callerAccount.get()));
  }
}
