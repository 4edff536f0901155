package dev.mamori.bench;

import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.account.SyntheticIamModel;
import dev.mamori.iam.account.WhoCan;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.RequestPrincipal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The IAM engine after load: single {@code can} decisions (throughput, one thread) and a full
 * {@code who-can} over a generated account of 10,000 users (latency). Policies are parsed and
 * compiled on first use, so the setup warms every principal once: "after load" means that.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IamBenchmark {
  private static final String ACTION = "s3:GetObject";
  private static final String RESOURCE = "arn:aws:s3:::data/private/report.csv";

  private AccountAuthorizer authorizer;
  private List<RequestPrincipal> principals;
  private RequestContext context;
  private int next;
  private int nextMixed;

  /**
   * A spread of requests for {@link #canMixedRequests}: reads, writes (with the policy variable in
   * the resource), explicit denies (DeleteObject for users with the inline deny), a public object
   * (bucket policy grant), a bucket-level action, and a KMS call outside every resource policy.
   */
  private static final String[][] MIXED = {
      {"s3:GetObject", "arn:aws:s3:::data/private/report.csv"},
      {"s3:PutObject", "arn:aws:s3:::data/home/user7/notes.txt"},
      {"s3:DeleteObject", "arn:aws:s3:::data/private/report.csv"},
      {"s3:GetObject", "arn:aws:s3:::data/public/index.html"},
      {"s3:ListBucket", "arn:aws:s3:::data"},
      {"kms:Decrypt", "arn:aws:kms:us-east-1:111122223333:key/k1"},
      {"s3:PutBucketPolicy", "arn:aws:s3:::locked"}};

  @Setup(Level.Trial)
  public void load() {
    authorizer = new AccountAuthorizer(SyntheticIamModel.build(10_000));
    principals = authorizer.principals();
    context = RequestContext.builder().add("aws:SecureTransport", "true").add("aws:SourceIp", "203.0.113.7").build();
    authorizer.whoCan(ACTION, RESOURCE, context);
    for (String[] request : MIXED) {
      authorizer.whoCan(request[0], request[1], context);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AuthorizationResult can() {
    RequestPrincipal p = principals.get(next);
    next = next + 1 == 100 ? 0 : next + 1;
    return authorizer.can(p, ACTION, RESOURCE, context);
  }

  /** Like {@link #can}, but every call asks a different (principal, action, resource) of {@link #MIXED}. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AuthorizationResult canMixedRequests() {
    int i = nextMixed;
    nextMixed = i + 1 == 700 ? 0 : i + 1;
    String[] request = MIXED[i % MIXED.length];
    return authorizer.can(principals.get(i / MIXED.length), request[0], request[1], context);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhoCan whoCanTenThousandPrincipals() {
    return authorizer.whoCan(ACTION, RESOURCE, context);
  }
}
