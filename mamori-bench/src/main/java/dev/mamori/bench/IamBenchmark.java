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

  @Setup(Level.Trial)
  public void load() {
    authorizer = new AccountAuthorizer(SyntheticIamModel.build(10_000));
    principals = authorizer.principals();
    context = RequestContext.builder().add("aws:SecureTransport", "true").add("aws:SourceIp", "203.0.113.7").build();
    authorizer.whoCan(ACTION, RESOURCE, context);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AuthorizationResult can() {
    RequestPrincipal p = principals.get(next);
    next = next + 1 == 100 ? 0 : next + 1;
    return authorizer.can(p, ACTION, RESOURCE, context);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhoCan whoCanTenThousandPrincipals() {
    return authorizer.whoCan(ACTION, RESOURCE, context);
  }
}
