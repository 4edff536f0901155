package dev.mamori.bench;

import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.account.WhoCan;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.model.Bucket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code who-can} over a {@code mamori generate} snapshot: at 100,000 interfaces the generator
 * writes 5,000 users and 5,000 roles (its IAM quotas), so the question goes to 10,001 principals
 * plus the anonymous and any-account callers. The question is an object read in the generated
 * application-data bucket (bucket policy with a TLS deny, Block Public Access, ACL), with the keys a
 * real request carries. After load: the snapshot is generated, read, and the question asked once.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WhoCanGeneratedBenchmark {
  @Param("100000")
  public int interfaces;

  private AccountAuthorizer authorizer;
  private String object;
  private RequestContext context;

  @Setup(Level.Trial)
  public void load() {
    authorizer = new AccountAuthorizer(NetworkSnapshots.generated(interfaces));
    Bucket appData = authorizer.model().buckets().stream().filter(b -> b.name().contains("-app-data-")).findFirst().orElseThrow();
    object = appData.arn() + "/orders/2026/11/20/order-1.json";
    String region = appData.region().asOptional().orElse("us-east-1");
    context = RequestContext.builder().add("aws:SecureTransport", "true").add("aws:RequestedRegion", region).build();
    WhoCan first = authorizer.whoCan("s3:GetObject", object, context);
    System.out.printf("%n%d principals asked, %d allowed%n", first.decisions().size(), first.allowed().size());
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public WhoCan whoCan() {
    return authorizer.whoCan("s3:GetObject", object, context);
  }
}
