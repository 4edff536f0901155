package dev.mamori.bench;

import dev.mamori.model.CloudModel;
import dev.mamori.model.NetworkInterface;
import dev.mamori.net.Protocols;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.reach.Endpoint;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.ReachabilityAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A quick, non-JMH look at the network engine on generated snapshots, for how the cost grows with
 * size: for each size, full exposure (fresh engine each run, model already loaded) a few times, and
 * reach queries on a warm engine. Prints one JSON line per size. The JMH numbers in BENCHMARKS.md
 * come from {@link NetworkBenchmark}.
 *
 * <p>Usage: {@code java -Xmx3g -cp benchmarks.jar dev.mamori.bench.NetworkTimings 1000 10000 100000}
 */
public final class NetworkTimings {
  private NetworkTimings() {}

  public static void main(String[] args) {
    for (String arg : args) {
      int size = Integer.parseInt(arg);
      CloudModel model = NetworkSnapshots.generated(size);
      long[] exposureMillis = new long[5];
      ExposureReport report = null;
      for (int i = 0; i < exposureMillis.length; i++) {
        long t0 = System.nanoTime();
        report = new ExposureAnalyzer(NetworkTopology.of(model)).analyze();
        exposureMillis[i] = (System.nanoTime() - t0) / 1_000_000;
      }
      NetworkTopology topology = NetworkTopology.of(model);
      ReachabilityAnalyzer reach = new ReachabilityAnalyzer(topology);
      List<FlowQuery> queries = queries(model);
      for (int warm = 0; warm < 20_000; warm++) {
        reach.analyze(queries.get(warm % queries.size()));
      }
      int n = 50_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        reach.analyze(queries.get(i % queries.size()));
      }
      double reachMicros = (System.nanoTime() - t0) / 1000.0 / n;
      Arrays.sort(exposureMillis);
      System.out.printf(Locale.ROOT, "{\"interfaces\":%d,\"exposures\":%d,\"exposureMillisMedian\":%d,"
          + "\"exposureMillisAll\":%s,\"reachMicrosMean\":%.1f}%n", model.networkInterfaces().size(),
          report.exposures().size(), exposureMillis[exposureMillis.length / 2], Arrays.toString(exposureMillis),
          reachMicros);
    }
  }

  /** {@code --from internet} flows to interfaces with a public address, SSH and HTTPS. */
  static List<FlowQuery> internetQueries(CloudModel model) {
    List<FlowQuery> out = new ArrayList<>();
    for (NetworkInterface b : model.networkInterfaces()) {
      if (!b.publicIps().isEmpty()) {
        out.add(new FlowQuery(new Endpoint.Internet(), new Endpoint.OfInterface(b, Optional.empty()), Protocols.TCP,
            FlowQuery.DEFAULT_SOURCE_PORT, out.size() % 2 == 0 ? 22 : 443, -1, 0));
      }
      if (out.size() >= 32) {
        break;
      }
    }
    return out;
  }

  /** Interface-to-interface flows across subnets, and internet-to-interface flows, over the snapshot. */
  static List<FlowQuery> queries(CloudModel model) {
    List<NetworkInterface> all = new ArrayList<>(model.networkInterfaces());
    List<FlowQuery> out = new ArrayList<>();
    for (int i = 0; i + 7 < all.size() && out.size() < 64; i += Math.max(1, all.size() / 64)) {
      NetworkInterface a = all.get(i);
      NetworkInterface b = all.get(i + 7);
      out.add(FlowQuery.tcp(new Endpoint.OfInterface(a, Optional.empty()), new Endpoint.OfInterface(b, Optional.empty()),
          443));
      if (!b.publicIps().isEmpty()) {
        out.add(new FlowQuery(new Endpoint.External(dev.mamori.model.IpAddress.parse("93.184.216.34")),
            new Endpoint.OfInterface(b, Optional.of(b.publicIps().get(0))), Protocols.TCP, 49152, 22, -1, 0));
      }
    }
    return out;
  }
}
