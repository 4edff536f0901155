package dev.mamori.audit;

import dev.mamori.model.CloudModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import dev.mamori.responsibility.ResponsibilityItem;
import dev.mamori.responsibility.SharedResponsibilityModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs checks over a model and gathers their findings into a report. Checks are independent (they
 * read the immutable model and ask thread-safe engines), so they run on all cores; the report is
 * the same whatever the order they finish in.
 */
public final class Auditor {
  /**
   * Threads the checks run on: the cores, or {@code -Dmamori.audit.threads=N} (1 runs them one after
   * the other, so that each check's time is its own: BENCHMARKS.md measures the families that way).
   */
  private static final int THREADS = Math.max(1,
      Integer.getInteger("mamori.audit.threads", Runtime.getRuntime().availableProcessors()));

  private final CheckCatalog catalog;
  private final Map<String, Check> checks;

  public Auditor(CheckCatalog catalog, List<Check> checks) {
    this.catalog = catalog;
    Map<String, Check> byId = new LinkedHashMap<>();
    for (Check c : checks) {
      catalog.require(c.id());
      if (byId.put(c.id(), c) != null) {
        throw new IllegalArgumentException("check " + c.id() + " is registered twice");
      }
    }
    this.checks = byId;
  }

  /** The bundled catalog with every registered check. */
  public static Auditor standard() {
    return new Auditor(CheckCatalog.bundled(), CheckRegistry.all());
  }

  public CheckCatalog catalog() {
    return catalog;
  }

  /** IDs of the checks this auditor can run. */
  public Set<String> runnable() {
    return checks.keySet();
  }

  /**
   * What one check produced: its findings (by status and severity, worst first, each part in
   * resource order), the muted ones apart, the PASS results counted but not kept (with
   * {@link AuditRequest.PassResults#COUNTED}), and how long it took.
   */
  private record Outcome(CheckMetadata check, List<List<Finding>> findingsByRank, List<MutedFinding> muted,
      int passesCounted, Duration took, Duration cpu) {}

  private static final ThreadMXBean THREAD_TIMES = ManagementFactory.getThreadMXBean();

  /** CPU time of the current thread, when the JVM measures it (a loaded machine stretches wall time, not this). */
  private static long threadCpuNanos() {
    return THREAD_TIMES.isCurrentThreadCpuTimeSupported() ? THREAD_TIMES.getCurrentThreadCpuTime() : 0;
  }

  private static final Comparator<Finding> BY_RESOURCE = Comparator.comparing(Finding::resource)
      .thenComparing(Finding::region);

  /**
   * Audits the model.
   *
   * @throws IllegalArgumentException when the request names a check the catalog does not have
   */
  public AuditReport run(CloudModel model, AuditRequest request) {
    return run(model, request, ProgressListener.NONE);
  }

  /** Told of each check as it finishes, for a progress display; called from the checks' threads. */
  @FunctionalInterface
  public interface ProgressListener {
    ProgressListener NONE = (done, total, check) -> {};

    void onCheckDone(int done, int total, String checkId);
  }

  /**
   * Audits the model, telling {@code progress} of each check as it finishes.
   *
   * @throws IllegalArgumentException when the request names a check the catalog does not have
   */
  public AuditReport run(CloudModel model, AuditRequest request, ProgressListener progress) {
    Set<String> unknown = new TreeSet<>(request.checks());
    catalog.all().forEach(m -> unknown.remove(m.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown check(s): " + String.join(", ", unknown));
    }
    List<CheckMetadata> run = new ArrayList<>();
    for (CheckMetadata m : catalog.all()) {
      // An auditor built with a few checks (tests do) runs only those.
      if ((request.checks().isEmpty() || request.checks().contains(m.id())) && checks.containsKey(m.id())) {
        run.add(m);
      }
    }
    Engines engines = Engines.of(model);
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    List<Outcome> outcomes = runAll(run, schedule(run), m -> {
      Outcome o = runOne(m, model, request, engines);
      progress.onCheckDone(done.incrementAndGet(), run.size(), m.id());
      return o;
    });
    Duration total = Duration.ofNanos(System.nanoTime() - start);

    List<MutedFinding> muted = new ArrayList<>();
    Map<String, Duration> durations = new LinkedHashMap<>();
    Map<String, Duration> cpu = new LinkedHashMap<>();
    Map<String, Integer> passesCounted = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      muted.addAll(o.muted());
      durations.put(o.check().id(), o.took());
      cpu.put(o.check().id(), o.cpu());
      if (o.passesCounted() > 0) {
        passesCounted.merge(o.check().responsibility(), o.passesCounted(), Integer::sum);
      }
    }
    List<Finding> findings = worstFirst(outcomes);
    List<String> order = SharedResponsibilityModel.bundled().items().stream().map(ResponsibilityItem::id).toList();
    Summary summary = Summary.of(run.size(), findings, passesCounted, muted.size(), order);
    return new AuditReport(request.asOf(), run, findings, muted, request.mutelist().expiredAt(request.asOf()),
        durations, cpu, total, summary);
  }

  /**
   * The findings in {@link AuditReport#WORST_FIRST} order, merged from each check's ranked parts:
   * rank by rank, checks by ID. Sorting a large account's half a million findings with the full
   * comparator took longer than most checks; each check sorts its own by resource instead, in parallel.
   */
  private static List<Finding> worstFirst(List<Outcome> outcomes) {
    List<Outcome> byId = new ArrayList<>(outcomes);
    byId.sort(Comparator.comparing(o -> o.check().id()));
    List<Finding> out = new ArrayList<>(outcomes.stream().mapToInt(o -> o.findingsByRank().stream().mapToInt(List::size).sum()).sum());
    for (int rank = 0; rank < RANKS; rank++) {
      for (Outcome o : byId) {
        out.addAll(o.findingsByRank().get(rank));
      }
    }
    return out;
  }

  private static final int RANKS = Status.values().length * Severity.values().length;

  /** Status (FAIL, NOT_EVALUATED, PASS) then severity, as {@link AuditReport#WORST_FIRST} orders them. */
  private static int rank(Finding f) {
    return AuditReport.statusRank(f.status()) * Severity.values().length + f.severity().ordinal();
  }

  private Outcome runOne(CheckMetadata m, CloudModel model, AuditRequest request, Engines engines) {
    long start = System.nanoTime();
    long cpuStart = threadCpuNanos();
    List<Finding> findings = new ArrayList<>();
    List<MutedFinding> muted = new ArrayList<>();
    int passesCounted = 0;
    boolean countPasses = request.passResults() == AuditRequest.PassResults.COUNTED;
    String account = model.accountId().filter(a -> !a.isEmpty()).orElse("ACCOUNT_ID");
    for (CheckResult r : checks.get(m.id()).evaluate(new AuditContext(model, request.asOf(), m, engines))) {
      if (countPasses && r.status() == Status.PASS) {
        passesCounted++;
        continue;
      }
      Finding f = finding(m, r, model, account);
      // A PASS needs no accepting: only failures and unknowns are muted.
      Optional<MuteRule> mute = f.status() == Status.PASS ? Optional.empty() : request.mutelist().ruleFor(f, request.asOf());
      mute.ifPresentOrElse(rule -> muted.add(new MutedFinding(f, rule)), () -> findings.add(f));
    }
    findings.sort(BY_RESOURCE);
    List<List<Finding>> byRank = new ArrayList<>(RANKS);
    for (int i = 0; i < RANKS; i++) {
      byRank.add(new ArrayList<>());
    }
    findings.forEach(f -> byRank.get(rank(f)).add(f));
    return new Outcome(m, byRank, muted, passesCounted, Duration.ofNanos(System.nanoTime() - start),
        Duration.ofNanos(threadCpuNanos() - cpuStart));
  }

  /**
   * The order the checks start in on several threads: the first check that needs the internet
   * exposure first (it builds it while the others run), then the checks that do not need it, then the
   * other checks that do (by then it is built, or nearly). In catalog order otherwise. At 100k
   * interfaces this took the audit phase from ~3.5 s to ~2.5 s on 2 cores: in catalog order the
   * exposure started late and {@code rds-public} waited 1.3 s for it, holding a thread.
   */
  List<CheckMetadata> schedule(List<CheckMetadata> run) {
    List<CheckMetadata> first = new ArrayList<>();
    List<CheckMetadata> middle = new ArrayList<>();
    List<CheckMetadata> last = new ArrayList<>();
    for (CheckMetadata m : run) {
      if (!checks.get(m.id()).needsInternetExposure()) {
        middle.add(m);
      } else {
        (first.isEmpty() ? first : last).add(m);
      }
    }
    first.addAll(middle);
    first.addAll(last);
    return first;
  }

  /**
   * Runs every check, on as many threads as there are cores, starting them in {@code schedule}
   * order, and returns their outcomes in {@code run} (catalog) order. The first check to need an
   * engine builds it; the others wait for it.
   */
  private static List<Outcome> runAll(List<CheckMetadata> run, List<CheckMetadata> schedule,
      Function<CheckMetadata, Outcome> one) {
    int threads = Math.min(THREADS, run.size());
    if (threads <= 1) {
      return run.stream().map(one).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "mamori-audit");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, Future<Outcome>> futures = new HashMap<>();
      for (CheckMetadata m : schedule) {
        futures.put(m.id(), pool.submit(() -> one.apply(m)));
      }
      List<Outcome> out = new ArrayList<>();
      for (CheckMetadata m : run) {
        out.add(futures.get(m.id()).get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the audit was interrupted", e);
    } catch (ExecutionException e) {
      // A check's own exception, as if it had run on this thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Finding finding(CheckMetadata m, CheckResult r, CloudModel model, String account) {
    Function<String, String> values = name -> switch (name) {
      case "resource" -> r.remediationValues().getOrDefault(name, r.resource());
      case "region" -> r.remediationValues().getOrDefault(name, r.region());
      case "account" -> r.remediationValues().getOrDefault(name, account);
      default -> r.remediationValues().get(name);
    };
    String remediation = fill(r.remediationOverride().orElse(m.remediation()), values);
    return new Finding(m.id(), m.title(), r.status(), r.resource(), r.region(), r.severityOverride().orElse(m.severity()),
        m.responsibility(), m.cis(), r.message(), remediation, r.explanation(), model.sourceOf(r.resource()));
  }

  /** Fills known placeholders; unknown ones stay for the reader to fill in. */
  static String fill(String template, Map<String, String> values) {
    return fill(template, values::get);
  }

  /**
   * Replaces each {@code {name}} (letters only) whose value is known. Written out rather than with a
   * regular expression: an audit of a large account fills hundreds of thousands of commands.
   */
  static String fill(String template, Function<String, String> values) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int done = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      String name = template.substring(open + 1, close);
      String value = isName(name) ? values.apply(name) : null;
      if (value != null) {
        out.append(template, done, open).append(value);
        done = close + 1;
        open = template.indexOf('{', done);
      } else {
        open = template.indexOf('{', open + 1);
      }
    }
    return out.append(template, done, template.length()).toString();
  }

  private static boolean isName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
