package dev.mamori.iam.eval;

import dev.mamori.iam.policy.Policy;
import java.util.List;
import java.util.Optional;

/**
 * Every policy that takes part in one decision. An empty SCP or RCP list means none apply (no
 * organization, the management account, or a principal/resource outside it); an empty boundary
 * list means the entity has no permissions boundary; an empty endpoint list means the request
 * does not go through a VPC endpoint. {@code resourceAcl} is an access control list (an S3 bucket
 * ACL) as the Allow statements its grants amount to: S3 evaluates it together with the bucket
 * policy, in the same context (Amazon S3 User Guide, "How Amazon S3 authorizes a request for a
 * bucket operation"), so it grants the way a resource policy does; it never denies.
 */
public record PolicySet(
    List<Policy> identityPolicies,
    Optional<Policy> resourcePolicy,
    Optional<Policy> resourceAcl,
    ResourcePolicyKind resourcePolicyKind,
    List<Policy> permissionsBoundaries,
    Optional<Policy> sessionPolicy,
    List<OrgPolicyLevel> serviceControlPolicies,
    List<OrgPolicyLevel> resourceControlPolicies,
    List<Policy> endpointPolicies) {

  public PolicySet {
    identityPolicies = List.copyOf(identityPolicies);
    permissionsBoundaries = List.copyOf(permissionsBoundaries);
    serviceControlPolicies = List.copyOf(serviceControlPolicies);
    resourceControlPolicies = List.copyOf(resourceControlPolicies);
    endpointPolicies = List.copyOf(endpointPolicies);
  }

  public static PolicySet identityOnly(List<Policy> identityPolicies) {
    return builder().identityPolicies(identityPolicies).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().identityPolicies(identityPolicies).resourcePolicy(resourcePolicy).resourceAcl(resourceAcl)
        .resourcePolicyKind(resourcePolicyKind).permissionsBoundaries(permissionsBoundaries)
        .sessionPolicy(sessionPolicy).serviceControlPolicies(serviceControlPolicies)
        .resourceControlPolicies(resourceControlPolicies).endpointPolicies(endpointPolicies);
  }

  /** Assembles a policy set; everything left out is absent. */
  public static final class Builder {
    private List<Policy> identityPolicies = List.of();
    private Optional<Policy> resourcePolicy = Optional.empty();
    private Optional<Policy> resourceAcl = Optional.empty();
    private ResourcePolicyKind resourcePolicyKind = ResourcePolicyKind.ORDINARY;
    private List<Policy> permissionsBoundaries = List.of();
    private Optional<Policy> sessionPolicy = Optional.empty();
    private List<OrgPolicyLevel> scps = List.of();
    private List<OrgPolicyLevel> rcps = List.of();
    private List<Policy> endpointPolicies = List.of();

    /** The VPC endpoint's policy, when the request goes through one. */
    public Builder endpointPolicies(List<Policy> v) {
      endpointPolicies = v;
      return this;
    }

    public Builder identityPolicies(List<Policy> v) {
      identityPolicies = v;
      return this;
    }

    public Builder resourcePolicy(Optional<Policy> v) {
      resourcePolicy = v;
      return this;
    }

    public Builder resourcePolicy(Policy v) {
      return resourcePolicy(Optional.of(v));
    }

    /** The resource's access control list, as Allow statements (see the class comment). */
    public Builder resourceAcl(Optional<Policy> v) {
      resourceAcl = v;
      return this;
    }

    public Builder resourcePolicyKind(ResourcePolicyKind v) {
      resourcePolicyKind = v;
      return this;
    }

    public Builder permissionsBoundaries(List<Policy> v) {
      permissionsBoundaries = v;
      return this;
    }

    public Builder sessionPolicy(Optional<Policy> v) {
      sessionPolicy = v;
      return this;
    }

    public Builder serviceControlPolicies(List<OrgPolicyLevel> v) {
      scps = v;
      return this;
    }

    public Builder resourceControlPolicies(List<OrgPolicyLevel> v) {
      rcps = v;
      return this;
    }

    public PolicySet build() {
      return new PolicySet(identityPolicies, resourcePolicy, resourceAcl, resourcePolicyKind, permissionsBoundaries,
          sessionPolicy, scps, rcps, endpointPolicies);
    }
  }
}
