package dev.mamori.bench;

import dev.mamori.model.CloudModel;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.ReachResult;
import dev.mamori.net.reach.ReachabilityAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import java.util.List;
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
 * The network engine on {@code mamori generate} snapshots, after load (the model is read in the
 * setup). {@link #exposure}: the full internet exposure of every interface, from a fresh engine each
 * time (so security groups, ACLs and routes are compiled inside the measurement). {@link #reach}:
 * one flow, forward and back with its trace, on an engine that has answered queries before (the
 * involved groups and ACLs are compiled); the flows cycle through interface-to-interface and
 * internet-address-to-interface queries across the snapshot. {@link #reachInternet} lets the engine
 * pick the internet source itself (it tries every address range that can matter).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class NetworkBenchmark {

  @Param({"10000", "100000"})
  int interfaces;

  private CloudModel model;
  private ReachabilityAnalyzer reach;
  private List<FlowQuery> queries;
  private List<FlowQuery> internetQueries;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    model = NetworkSnapshots.generated(interfaces);
    reach = new ReachabilityAnalyzer(NetworkTopology.of(model));
    queries = NetworkTimings.queries(model);
    internetQueries = NetworkTimings.internetQueries(model);
    queries.forEach(reach::analyze);
    internetQueries.forEach(reach::analyze);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ExposureReport exposure() {
    return new ExposureAnalyzer(NetworkTopology.of(model)).analyze();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ReachResult reach() {
    FlowQuery q = queries.get(next);
    next = (next + 1) % queries.size();
    return reach.analyze(q);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ReachResult reachInternet() {
    FlowQuery q = internetQueries.get(next % internetQueries.size());
    next = (next + 1) % queries.size();
    return reach.analyze(q);
  }
}
