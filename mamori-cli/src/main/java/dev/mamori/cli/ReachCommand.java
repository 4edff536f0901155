package dev.mamori.cli;

import dev.mamori.model.IpProtocol;
import dev.mamori.net.ProtocolClass;
import dev.mamori.net.Protocols;
import dev.mamori.net.reach.Endpoint;
import dev.mamori.net.reach.FlowQuery;
import dev.mamori.net.reach.ReachResult;
import dev.mamori.net.reach.ReachabilityAnalyzer;
import dev.mamori.net.topology.NetworkTopology;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori reach SNAPSHOT --from SRC --to DST --protocol P [--port N]}: one flow, both ways, hop by hop. */
@Command(name = "reach",
    description = "Can one flow get from SRC to DST and its reply back? Which security group, network ACL or route decides?")
final class ReachCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--from", required = true, paramLabel = "SRC",
      description = "eni-…, i-… (its primary interface), an IP address, or internet.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "DST",
      description = "eni-…, i-…, an IP address, or internet.")
  String to;

  @Option(names = "--protocol", required = true, paramLabel = "tcp|udp|icmp|icmpv6|N")
  String protocol;

  @Option(names = "--port", paramLabel = "P", description = "Destination port (TCP and UDP; required for them).")
  Integer port;

  @Option(names = "--src-port", paramLabel = "P", defaultValue = "" + FlowQuery.DEFAULT_SOURCE_PORT,
      description = "Source port (default: ${DEFAULT-VALUE}, inside every common ephemeral range).")
  int sourcePort;

  @Option(names = "--icmp-type", paramLabel = "T", description = "ICMP type (default: echo request).")
  Integer icmpType;

  @Option(names = "--icmp-code", paramLabel = "C", defaultValue = "0", description = "ICMP code (default: ${DEFAULT-VALUE}).")
  int icmpCode;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    int number = protocolNumber();
    checkLayer4(number);
    PrintWriter out = spec.commandLine().getOut();
    NetworkTopology topology = NetworkTopology.of(snapshot.load(spec.commandLine().getErr()).model());
    ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer(topology);
    Endpoint source = endpoint(analyzer, from, "--from");
    Endpoint destination = endpoint(analyzer, to, "--to");
    FlowQuery query = new FlowQuery(source, destination, number, sourcePort, port == null ? 0 : port,
        icmpType == null ? -1 : icmpType, icmpCode);
    ReachResult result;
    try {
      result = analyzer.analyze(query);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    if (format == OutputFormat.json) {
      Json.print(out, NetJson.reach(result));
    } else {
      NetText.reach(out, result);
    }
    return ExitCodes.OK;
  }

  private int protocolNumber() {
    IpProtocol p;
    try {
      p = IpProtocol.parse(protocol);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--protocol: " + e.getMessage());
    }
    if (p.isAll()) {
      throw new ParameterException(spec.commandLine(), "--protocol: a flow has one protocol; -1 (all) is for rules");
    }
    return p.number();
  }

  private void checkLayer4(int number) {
    boolean ports = ProtocolClass.of(dev.mamori.net.IpFamily.IPV4, number) == ProtocolClass.PORTS;
    if (ports && port == null) {
      throw new ParameterException(spec.commandLine(), "--port is required for " + Protocols.name(number));
    }
    if (port != null && (port < 0 || port > 65535) || sourcePort < 0 || sourcePort > 65535) {
      throw new ParameterException(spec.commandLine(), "ports are 0-65535");
    }
    if (icmpType != null && (icmpType < 0 || icmpType > 255) || icmpCode < 0 || icmpCode > 255) {
      throw new ParameterException(spec.commandLine(), "ICMP type and code are 0-255");
    }
  }

  private static Endpoint endpoint(ReachabilityAnalyzer analyzer, String text, String option) {
    try {
      return analyzer.resolve(text);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(option + " " + text + ": " + e.getMessage());
    }
  }
}
