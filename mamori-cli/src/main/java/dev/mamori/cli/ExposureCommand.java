package dev.mamori.cli;

import dev.mamori.model.Cidr;
import dev.mamori.net.AddressSet;
import dev.mamori.net.InternetAddresses;
import dev.mamori.net.exposure.ExposureAnalyzer;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.topology.NetworkTopology;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori exposure SNAPSHOT [--from internet|CIDR]}: what the internet can open, per interface. */
@Command(name = "exposure",
    description = "Every (interface, protocol, port range, source CIDRs) the internet can open a connection to,"
        + " through routes, network ACLs both ways, public addresses and security groups.")
final class ExposureCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--from", defaultValue = "internet", paramLabel = "internet|CIDR[,CIDR…]",
      description = "Source range (default: ${DEFAULT-VALUE}, every globally reachable address).")
  String from;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    AddressSet range = range();
    PrintWriter out = spec.commandLine().getOut();
    NetworkTopology topology = NetworkTopology.of(snapshot.load(spec.commandLine().getErr()).model());
    ExposureReport report = new ExposureAnalyzer(topology).analyze(range);
    if (format == OutputFormat.json) {
      Json.stream(out, g -> NetJson.exposure(g, report, from));
    } else {
      NetText.exposure(out, report);
    }
    return ExitCodes.OK;
  }

  private AddressSet range() {
    if (from.trim().equalsIgnoreCase("internet")) {
      return InternetAddresses.all();
    }
    List<Cidr> cidrs = new ArrayList<>();
    for (String part : from.split(",")) {
      try {
        cidrs.add(Cidr.parse(part));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--from: " + e.getMessage());
      }
    }
    return AddressSet.ofCidrs(cidrs);
  }
}
