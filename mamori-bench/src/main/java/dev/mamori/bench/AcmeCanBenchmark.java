package dev.mamori.bench;

import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.iam.condition.RequestContext;
import dev.mamori.iam.eval.AuthorizationResult;
import dev.mamori.iam.eval.RequestPrincipal;
import dev.mamori.snapshot.SnapshotReader;
import java.nio.file.Path;
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
 * {@code can} on the bundled example, after load: the snapshot is read and every question asked
 * once in the setup (policies parsed and compiled), then single decisions on one thread. The
 * questions are those of examples/acme/README.md: SCP, resource-policy, identity and boundary
 * denies, a trust policy with and without its external ID, public and Block-Public-Access-denied
 * objects, an ACL grant voided by IgnorePublicAcls. Run from the repository root (the default
 * {@code snapshot} is relative to it).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AcmeCanBenchmark {
  private static final String ACCOUNT = "491826357104";
  private static final String ORDER = "arn:aws:s3:::acme-prod-orders-eu-west-1/2026/11/20/order-81723.json";
  /** principal, action, resource, context key=value or "". */
  private static final String[][] QUESTIONS = {
      {"root", "s3:PutBucketPolicy", "arn:aws:s3:::acme-legacy-exports", "aws:RequestedRegion=eu-west-1"},
      {"arn:aws:iam::" + ACCOUNT + ":user/alice.tanaka", "s3:PutBucketPolicy", "arn:aws:s3:::acme-legacy-exports",
          "aws:RequestedRegion=eu-west-1"},
      {"arn:aws:iam::" + ACCOUNT + ":user/bob.smith", "s3:DeleteObject", ORDER, "aws:RequestedRegion=eu-west-1"},
      {"arn:aws:iam::" + ACCOUNT + ":user/bob.smith", "iam:CreateUser", "arn:aws:iam::" + ACCOUNT + ":user/mallory", ""},
      {"arn:aws:iam::" + ACCOUNT + ":role/acme-app-role", "s3:PutObject", ORDER, "aws:RequestedRegion=eu-west-1"},
      {"arn:aws:iam::" + ACCOUNT + ":role/acme-app-role", "s3:PutObject", ORDER, ""},
      {"arn:aws:iam::" + ACCOUNT + ":user/alice.tanaka", "ec2:RunInstances", "arn:aws:ec2:ap-southeast-2:" + ACCOUNT + ":instance/*",
          "aws:RequestedRegion=ap-southeast-2"},
      {"arn:aws:iam::558407219663:role/bi-etl", "sts:AssumeRole", "arn:aws:iam::" + ACCOUNT + ":role/northwind-bi-readonly",
          "sts:ExternalId=nw-acme-7731"},
      {"arn:aws:iam::558407219663:role/bi-etl", "sts:AssumeRole", "arn:aws:iam::" + ACCOUNT + ":role/northwind-bi-readonly", ""},
      {"anonymous", "s3:GetObject", "arn:aws:s3:::acme-public-assets/img/logo.png", ""},
      {"anonymous", "s3:GetObject", "arn:aws:s3:::acme-marketing-campaigns/2025/spring/banner.jpg", ""},
      {"arn:aws:iam::558407219663:role/bi-etl", "s3:ListBucket", "arn:aws:s3:::acme-legacy-exports", ""}};

  @Param("examples/acme")
  public String snapshot;

  private AccountAuthorizer authorizer;
  private RequestPrincipal[] principals;
  private RequestContext[] contexts;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    authorizer = new AccountAuthorizer(SnapshotReader.read(Path.of(snapshot)));
    principals = new RequestPrincipal[QUESTIONS.length];
    contexts = new RequestContext[QUESTIONS.length];
    for (int i = 0; i < QUESTIONS.length; i++) {
      principals[i] = authorizer.principal(QUESTIONS[i][0]).orElseThrow();
      String[] keyValue = QUESTIONS[i][3].split("=", 2);
      contexts[i] = keyValue.length == 2 ? RequestContext.builder().add(keyValue[0], keyValue[1]).build() : RequestContext.empty();
      authorizer.can(principals[i], QUESTIONS[i][1], QUESTIONS[i][2], contexts[i]);
    }
  }

  /** The README's questions in turn. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AuthorizationResult canReadmeQuestions() {
    int i = next;
    next = i + 1 == QUESTIONS.length ? 0 : i + 1;
    return authorizer.can(principals[i], QUESTIONS[i][1], QUESTIONS[i][2], contexts[i]);
  }

  /** One question on the Block Public Access path: an anonymous read RestrictPublicBuckets rejects. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public AuthorizationResult canBlockedPublicObject() {
    return authorizer.can(principals[10], QUESTIONS[10][1], QUESTIONS[10][2], contexts[10]);
  }
}
