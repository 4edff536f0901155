package dev.mamori.iam.account;

import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationRequest;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.FastEvaluator;
import dev.mamori.iam.eval.OrgPolicyLevel;
import dev.mamori.iam.eval.PolicySet;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.iam.eval.ResourcePolicyKind;
import dev.mamori.iam.policy.Policy;
import dev.mamori.iam.policy.PolicyParser;
import dev.mamori.iam.s3.BucketAccessRules;
import dev.mamori.iam.s3.BucketAclPolicy;
import dev.mamori.model.AttachedPolicy;
import dev.mamori.model.Bucket;
import dev.mamori.model.CloudModel;
import dev.mamori.model.Collected;
import dev.mamori.model.IamRole;
import dev.mamori.model.IamUser;
import dev.mamori.model.KmsKey;
import dev.mamori.model.LambdaFunction;
import dev.mamori.model.ManagedPolicy;
import dev.mamori.model.OrganizationPolicy;
import dev.mamori.model.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The IAM engine over one snapshot: builds, for a principal and a resource, the policy set AWS
 * would evaluate (identity policies of the user and its groups or of the role, the permissions
 * boundary, the bucket, key, function or trust policy, the SCPs and RCPs along the organization
 * path) and the condition keys the snapshot can vouch for, then decides with the
 * {@link FastEvaluator}. On an S3 bucket or object, the bucket ACL grants alongside the bucket
 * policy and S3's own rules ({@link BucketAccessRules}: Block Public Access, and what was not
 * collected) have the last word.
 *
 * <p>A principal of another account is an outside caller: its identity policies are not in the
 * snapshot, so they are assumed to allow (only the resource side is checked). Thread-safe.
 */
public final class AccountAuthorizer {
  /** The synthetic caller standing for "any authenticated principal of any other AWS account". */
  public static final String ANY_ACCOUNT = "*";
  static final String OUTSIDE_ACCOUNT_ID = "000000000000";
  static final String UNKNOWN_ACCOUNT_ID = "111111111111";
  /**
   * From this many principals on, who-can decides them in parallel; below it the fork-join
   * overhead is larger than the work (a decision takes about a microsecond).
   */
  private static final int PARALLEL_WHO_CAN = 2_000;
  private static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}";

  private final CloudModel model;
  private final String accountId;
  private final PolicyLibrary library = new PolicyLibrary();
  private final FastEvaluator evaluator = new FastEvaluator();
  private final Map<String, PrincipalPolicies> principalCache = new ConcurrentHashMap<>();
  private final Map<String, Policy> outsideIdentity = new ConcurrentHashMap<>();
  private final Map<PreparedKey, Prepared> prepared = new ConcurrentHashMap<>();
  private final Map<String, BucketAccessRules> bucketRules = new ConcurrentHashMap<>();
  /**
   * Bucket ACLs as policies, by bucket name (and "#private" without the public grants): one
   * object per bucket, so that the evaluator compiles its statements once for every principal.
   */
  private final Map<String, Optional<Policy>> aclPolicies = new ConcurrentHashMap<>();
  /** The principals of the snapshot, built on first use; null until then. */
  private volatile List<RequestPrincipal> principals;

  /** The identity side of a principal, parsed once. */
  private record PrincipalPolicies(List<Policy> identity, List<Policy> boundaries, List<OrgPolicyLevel> scps) {}

  public AccountAuthorizer(CloudModel model) {
    this.model = model;
    // A snapshot that does not name its account still has one; a placeholder keeps "same account" meaningful.
    this.accountId = model.accountId().filter(a -> a.matches("\\d{12}")).orElse(UNKNOWN_ACCOUNT_ID);
  }

  public CloudModel model() {
    return model;
  }

  public String accountId() {
    return accountId;
  }

  /** Policy documents of the snapshot that could not be parsed and so took no part. */
  public List<String> unreadablePolicies() {
    return library.unreadable();
  }

  /**
   * Reads a principal as the command line gives it: an ARN, {@code root} (this account's root
   * user), {@code anonymous}, {@code *} (any other account) or a service principal.
   */
  public Optional<RequestPrincipal> principal(String text) {
    if (text.equals("root")) {
      return Optional.of(new RequestPrincipal.RootUser(accountId));
    }
    if (text.equals(ANY_ACCOUNT)) {
      return Optional.of(anyAccountCaller());
    }
    return RequestPrincipal.parse(text);
  }

  public AuthorizationResult can(RequestPrincipal principal, String action, String resource, RequestContext given) {
    Prepared prepared = prepared(principal, action, resource);
    AuthorizationRequest request = new AuthorizationRequest(principal, action, resource,
        prepared.resourceAccount(), given.withDefaults(prepared.defaults()));
    AuthorizationResult byPolicies = prepared.compiled().authorize(request);
    if (prepared.bucket().isEmpty()) {
      return byPolicies;
    }
    BucketSide bucket = prepared.bucket().get();
    // Asked apart from apply: the request then stays local to this call (the JIT can then leave it unallocated).
    if (bucket.rules().policiesDecideAlone(principal, action, byPolicies)) {
      return byPolicies;
    }
    return bucket.rules().apply(request, byPolicies, bucket.withoutPublicAcl());
  }

  /**
   * What the policies and the ACL alone decide, before S3's Block Public Access: for questions
   * such as "does the bucket grant public access that Block Public Access then voids?".
   */
  AuthorizationResult canByPolicies(RequestPrincipal principal, String action, String resource, RequestContext given) {
    Prepared prepared = prepared(principal, action, resource);
    return prepared.compiled().authorize(new AuthorizationRequest(principal, action, resource,
        prepared.resourceAccount(), given.withDefaults(prepared.defaults())));
  }

  /**
   * S3's own rules for a bucket of the snapshot. The snapshot's account-level Block Public Access
   * is its own account's: for a bucket of another account that level is not collected.
   */
  public BucketAccessRules bucketRules(Bucket bucket) {
    return bucketRules.computeIfAbsent(bucket.name(), n -> BucketAccessRules.of(bucket,
        bucket.accountId().equals(accountId) ? model.accountPublicAccessBlock() : Collected.notCollected(),
        bucketPolicy(bucket)));
  }

  /**
   * What a prepared policy set is cached under. A record of the strings themselves rather than
   * their concatenation: the strings' hash codes are cached by String, a concatenation's is not.
   */
  private record PreparedKey(String principalArn, boolean assumeRole, String resource) {
    // Written out: the generated record equals/hashCode go through method-handle chains that
    // showed up as the top frame of who-can's profile.
    @Override
    public boolean equals(Object o) {
      return o instanceof PreparedKey k && k.assumeRole == assumeRole && k.principalArn.equals(principalArn)
          && k.resource.equals(resource);
    }

    @Override
    public int hashCode() {
      return (principalArn.hashCode() * 31 + resource.hashCode()) * 2 + (assumeRole ? 1 : 0);
    }
  }

  /** What does not depend on the action or the caller's keys: compiled policies, derived keys. */
  private record Prepared(FastEvaluator.Compiled compiled, RequestContext defaults, Optional<String> resourceAccount,
      Optional<BucketSide> bucket) {}

  /**
   * For a bucket or object: S3's rules, and the decision without the ACL's public grants, which
   * IgnorePublicAcls needs (when the ACL has none, the same decision as with them). Held as a
   * function made once, so that a decision allocates nothing for it.
   */
  private record BucketSide(BucketAccessRules rules, Function<AuthorizationRequest, AuthorizationResult> withoutPublicAcl) {}

  /**
   * The compiled policy set and derived condition keys of a principal and a resource, cached:
   * repeated questions about the same pair (many actions, audit checks, benchmarks) prepare once.
   * Only sts:AssumeRole* changes which resource policy applies, so the action enters the key
   * through that alone.
   */
  private Prepared prepared(RequestPrincipal principal, String action, String resource) {
    boolean assumeRole = action.regionMatches(true, 0, "sts:AssumeRole", 0, 14);
    PreparedKey key = new PreparedKey(principal.arn(), assumeRole, resource);
    // get first: computeIfAbsent would allocate its lambda on every call, even on a hit.
    Prepared hit = prepared.get(key);
    if (hit != null) {
      return hit;
    }
    return prepared.computeIfAbsent(key, k -> {
      String resourceAccount = resourceAccount(resource);
      PolicySet set = policySet(principal, action, resource);
      FastEvaluator.Compiled compiled = evaluator.compile(set);
      Optional<BucketSide> bucket = bucketOf(resource).map(b -> {
        BucketAccessRules rules = bucketRules(b);
        FastEvaluator.Compiled withoutPublicAcl = rules.hasPublicAcl()
            ? evaluator.compile(set.toBuilder().resourceAcl(aclGrants(b, false)).build()) : compiled;
        return new BucketSide(rules, withoutPublicAcl::authorize);
      });
      return new Prepared(compiled,
          ContextDefaults.complete(RequestContext.empty(), principal, resourceAccount, model), Optional.of(resourceAccount),
          bucket);
    });
  }

  /**
   * Every principal of the snapshot, the anonymous caller and any other account's caller. Large
   * accounts are decided on all cores: decisions are independent and every cache is thread-safe.
   */
  public WhoCan whoCan(String action, String resource, RequestContext given) {
    List<RequestPrincipal> all = principals();
    IntStream indexes = IntStream.range(0, all.size());
    List<PrincipalDecision> decisions = new ArrayList<>((all.size() >= PARALLEL_WHO_CAN ? indexes.parallel() : indexes)
        .mapToObj(i -> new PrincipalDecision(all.get(i).arn(), can(all.get(i), action, resource, given)))
        .toList());
    AuthorizationResult anonymous = can(new RequestPrincipal.Anonymous(), action, resource, given);
    AuthorizationResult anyAccount = can(anyAccountCaller(), action, resource, given);
    decisions.add(new PrincipalDecision("anonymous", anonymous));
    decisions.add(new PrincipalDecision(ANY_ACCOUNT, anyAccount));
    return new WhoCan(decisions, anonymous.allowed() || anyAccount.allowed(), publicUnknowns(anonymous, anyAccount));
  }

  /** Nothing is unknown once one public caller is certainly allowed; otherwise what either lacks. */
  private static List<String> publicUnknowns(AuthorizationResult anonymous, AuthorizationResult anyAccount) {
    if (anonymous.allowed() && anonymous.certain() || anyAccount.allowed() && anyAccount.certain()) {
      return List.of();
    }
    return java.util.stream.Stream.concat(anonymous.unknowns().stream(), anyAccount.unknowns().stream()).distinct().toList();
  }

  /** The snapshot's users, its roles (as their sessions would act) and the account root user. */
  public List<RequestPrincipal> principals() {
    List<RequestPrincipal> cached = principals;
    if (cached == null) {
      // Built once: the model is immutable, and who-can asks for the list on every call.
      List<RequestPrincipal> out = new ArrayList<>();
      for (IamUser u : model.users()) {
        out.add(new RequestPrincipal.IamUser(u.arn(), accountOf(u.arn()), u.name()));
      }
      for (IamRole r : model.roles()) {
        out.add(new RequestPrincipal.IamRole(r.arn(), accountOf(r.arn()), r.name()));
      }
      out.add(new RequestPrincipal.RootUser(accountId));
      cached = List.copyOf(out);
      principals = cached;
    }
    return cached;
  }

  /** The request AWS would evaluate, with the condition keys the snapshot can vouch for. */
  public AuthorizationRequest request(RequestPrincipal principal, String action, String resource, RequestContext given) {
    String resourceAccount = resourceAccount(resource);
    return new AuthorizationRequest(principal, action, resource, Optional.of(resourceAccount),
        ContextDefaults.complete(given, principal, resourceAccount, model));
  }

  /** Every policy that takes part in this principal's request on this resource. */
  public PolicySet policySet(RequestPrincipal principal, String action, String resource) {
    PrincipalPolicies side = principalPolicies(principal);
    ResourceSide resourceSide = resourceSide(action, resource);
    return policySet(side, resourceSide, resource);
  }

  private PolicySet policySet(PrincipalPolicies side, ResourceSide resourceSide, String resource) {
    return PolicySet.builder()
        .identityPolicies(side.identity())
        .permissionsBoundaries(side.boundaries())
        .serviceControlPolicies(side.scps())
        .resourcePolicy(resourceSide.policy())
        .resourceAcl(resourceSide.acl())
        .resourcePolicyKind(resourceSide.kind())
        .resourceControlPolicies(orgLevels(resourceAccount(resource), OrganizationPolicy.RESOURCE_CONTROL_POLICY))
        .build();
  }

  private record ResourceSide(Optional<Policy> policy, ResourcePolicyKind kind, Optional<Policy> acl) {
    ResourceSide(Optional<Policy> policy, ResourcePolicyKind kind) {
      this(policy, kind, Optional.empty());
    }
  }

  private ResourceSide resourceSide(String action, String resource) {
    Optional<Bucket> bucket = bucketOf(resource);
    if (bucket.isPresent()) {
      Bucket b = bucket.get();
      return new ResourceSide(bucketPolicy(b), ResourcePolicyKind.ORDINARY, aclGrants(b, true));
    }
    Optional<KmsKey> key = model.kmsKey(resource);
    if (key.isPresent()) {
      return new ResourceSide(key.get().policy().asOptional()
          .flatMap(d -> library.policy("key-policy:" + key.get().arn(), d)), ResourcePolicyKind.KMS_KEY_POLICY);
    }
    Optional<LambdaFunction> function = model.lambdaFunction(resource);
    if (function.isPresent()) {
      return new ResourceSide(function.get().policy().asOptional()
          .flatMap(d -> library.policy("function-policy:" + function.get().arn(), d)), ResourcePolicyKind.ORDINARY);
    }
    Optional<IamRole> role = model.role(resource);
    if (role.isPresent() && action.toLowerCase(Locale.ROOT).startsWith("sts:assumerole")) {
      return new ResourceSide(library.policy("trust-policy:" + role.get().arn(), role.get().trustPolicy()),
          ResourcePolicyKind.ROLE_TRUST_POLICY);
    }
    return new ResourceSide(Optional.empty(), ResourcePolicyKind.ORDINARY);
  }

  private Optional<Policy> bucketPolicy(Bucket b) {
    return b.policy().asOptional().flatMap(d -> library.policy("bucket-policy:" + b.name(), d));
  }

  /** A bucket's ACL as a policy, with or without its grants to AllUsers and AuthenticatedUsers. */
  private Optional<Policy> aclGrants(Bucket b, boolean withPublicGrants) {
    return aclPolicies.computeIfAbsent(withPublicGrants ? b.name() : b.name() + "#private",
        k -> b.acl().asOptional().flatMap(acl -> BucketAclPolicy.of(b.name(), acl, withPublicGrants)));
  }

  /** The bucket an S3 bucket or object ARN names, when the snapshot has it. */
  public Optional<Bucket> bucketOf(String resource) {
    String prefix = "arn:aws:s3:::";
    if (!resource.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = resource.substring(prefix.length());
    int slash = rest.indexOf('/');
    return model.bucket(slash < 0 ? rest : rest.substring(0, slash));
  }

  /** The account owning a resource: from the snapshot when it has the resource, else its ARN. */
  public String resourceAccount(String resource) {
    Optional<Bucket> bucket = bucketOf(resource);
    if (bucket.isPresent()) {
      return bucket.get().accountId();
    }
    Optional<KmsKey> key = model.kmsKey(resource);
    if (key.isPresent()) {
      return key.get().accountId();
    }
    String[] parts = resource.split(":", 6);
    return parts.length == 6 && parts[4].matches("\\d{12}") ? parts[4] : accountId;
  }

  private PrincipalPolicies principalPolicies(RequestPrincipal principal) {
    return principalCache.computeIfAbsent(principal.arn(), arn -> loadPrincipalPolicies(principal));
  }

  private PrincipalPolicies loadPrincipalPolicies(RequestPrincipal principal) {
    if (principal.accountId().isEmpty()) {
      return new PrincipalPolicies(List.of(), List.of(), List.of());
    }
    String account = principal.accountId().get();
    if (!account.equals(accountId)) {
      return new PrincipalPolicies(List.of(outsideIdentity(account)), List.of(), List.of());
    }
    List<OrgPolicyLevel> scps = orgLevels(account, OrganizationPolicy.SERVICE_CONTROL_POLICY);
    if (principal instanceof RequestPrincipal.IamUser user) {
      Optional<IamUser> u = model.user(user.arn());
      return u.map(x -> new PrincipalPolicies(parse(model.policiesOf(x)), boundary(x.permissionsBoundaryArn()), scps))
          .orElse(new PrincipalPolicies(List.of(), List.of(), scps));
    }
    Optional<IamRole> role = roleOf(principal);
    if (role.isPresent()) {
      IamRole r = role.get();
      // SCPs do not restrict service-linked roles (AWS Organizations User Guide, "SCP effects on permissions").
      return new PrincipalPolicies(parse(model.policiesOf(r)), boundary(r.permissionsBoundaryArn()),
          r.isServiceLinked() ? List.of() : scps);
    }
    return new PrincipalPolicies(List.of(), List.of(), scps);
  }

  private Optional<IamRole> roleOf(RequestPrincipal principal) {
    if (principal instanceof RequestPrincipal.IamRole role) {
      return model.role(role.arn());
    }
    if (principal instanceof RequestPrincipal.RoleSession session) {
      return model.roleNamed(session.roleName());
    }
    return Optional.empty();
  }

  private List<Policy> parse(List<AttachedPolicy> attached) {
    List<Policy> out = new ArrayList<>();
    for (AttachedPolicy a : attached) {
      library.policy(a.id(), a.document()).ifPresent(out::add);
    }
    return out;
  }

  private List<Policy> boundary(Optional<String> boundaryArn) {
    if (boundaryArn.isEmpty()) {
      return List.of();
    }
    Optional<PolicyDocument> doc = model.managedPolicy(boundaryArn.get()).flatMap(ManagedPolicy::document);
    // A boundary whose document is missing still bounds: with nothing known to allow, it allows nothing.
    return List.of(doc.flatMap(d -> library.policy(boundaryArn.get(), d))
        .orElseGet(() -> PolicyParser.parseOrThrow("{\"Version\":\"2012-10-17\",\"Statement\":[]}", boundaryArn.get())));
  }

  /**
   * SCPs or RCPs along the organization path of an account, root first. None apply to the
   * management account, to accounts outside the snapshot's organization, or when the snapshot
   * holds no policy of that type at all (the policy type is not enabled).
   */
  List<OrgPolicyLevel> orgLevels(String account, String type) {
    var orgs = model.organizations();
    if (orgs.org().isEmpty() || orgs.isManagementAccount(account) || !orgs.parentOf().containsKey(account)
        || orgs.policiesById().values().stream().noneMatch(p -> p.type().equals(type))) {
      return List.of();
    }
    List<OrgPolicyLevel> levels = new ArrayList<>();
    for (String target : orgs.pathFromRoot(account)) {
      List<Policy> policies = new ArrayList<>();
      for (OrganizationPolicy p : orgs.policiesAttachedTo(target, type)) {
        library.policy(p.arn(), p.content()).ifPresent(policies::add);
      }
      levels.add(new OrgPolicyLevel(target, policies));
    }
    return levels;
  }

  private Policy outsideIdentity(String account) {
    return outsideIdentity.computeIfAbsent(account, a -> PolicyParser.parseOrThrow(ALLOW_ALL,
        "identity policies of account " + a + " (outside the snapshot, assumed to allow)"));
  }

  private RequestPrincipal anyAccountCaller() {
    String other = accountId.equals(OUTSIDE_ACCOUNT_ID) ? "000000000001" : OUTSIDE_ACCOUNT_ID;
    return new RequestPrincipal.RoleSession("arn:aws:sts::" + other + ":assumed-role/any-role/any-session",
        other, "any-role", "any-session");
  }

  private static String accountOf(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length > 4 ? parts[4] : "";
  }
}
