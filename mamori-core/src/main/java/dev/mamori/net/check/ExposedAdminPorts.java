package dev.mamori.net.check;

import dev.mamori.model.Cidr;
import dev.mamori.model.IpAddress;
import dev.mamori.model.NetworkInterface;
import dev.mamori.net.Protocols;
import dev.mamori.net.exposure.Exposure;
import dev.mamori.net.exposure.ExposureReport;
import dev.mamori.net.exposure.NotEvaluated;
import dev.mamori.net.topology.NetworkTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code exposed-admin-port}: remote administration ports that the internet can actually reach, from
 * the exposure analysis (routes, both ACL directions, public addresses and groups), not from a rule
 * that merely names 0.0.0.0/0. The ports are {@link #ADMIN_PORTS}.
 */
public final class ExposedAdminPorts {

  public static final String CHECK_ID = "exposed-admin-port";

  /** A remote administration service. */
  public record AdminPort(int protocol, int port, String service) {}

  /** SSH, Telnet, RDP (TCP and UDP), VNC, WinRM over HTTP and HTTPS. */
  public static final List<AdminPort> ADMIN_PORTS = List.of(
      new AdminPort(Protocols.TCP, 22, "SSH"),
      new AdminPort(Protocols.TCP, 23, "Telnet"),
      new AdminPort(Protocols.TCP, 3389, "RDP"),
      new AdminPort(Protocols.UDP, 3389, "RDP"),
      new AdminPort(Protocols.TCP, 5900, "VNC"),
      new AdminPort(Protocols.TCP, 5985, "WinRM"),
      new AdminPort(Protocols.TCP, 5986, "WinRM over HTTPS"));

  /** One admin port of one public address reachable from {@code sources}. */
  public record Exposed(String eni, Optional<String> instance, IpAddress address, AdminPort port, List<Cidr> sources) {
    public Exposed {
      sources = List.copyOf(sources);
    }

    public String message() {
      return port.service() + " (" + Protocols.name(port.protocol()) + " " + port.port() + ") on " + address
          + " is reachable from " + (sources.size() > 3 ? sources.size() + " blocks of the internet, e.g. "
              + sources.subList(0, 3) : sources.toString());
    }
  }

  private ExposedAdminPorts() {}

  public static List<Exposed> find(ExposureReport report) {
    return find(report, ADMIN_PORTS);
  }

  public static List<Exposed> find(ExposureReport report, List<AdminPort> ports) {
    List<Exposed> out = new ArrayList<>();
    for (Exposure e : report.exposures()) {
      for (AdminPort port : ports) {
        if (e.includesPort(port.protocol(), port.port())) {
          out.add(new Exposed(e.eni(), e.instance(), e.address(), port, e.sources()));
        }
      }
    }
    return out;
  }

  /**
   * One result per interface with a public address: FAIL listing exposed admin ports, NOT_EVALUATED
   * when none is certainly exposed but the exposure analysis could not be completed, else PASS.
   */
  public static List<NetworkCheckResult> evaluate(NetworkTopology topology, ExposureReport report) {
    List<Exposed> exposed = find(report);
    List<NetworkCheckResult> out = new ArrayList<>();
    for (NetworkInterface eni : topology.model().networkInterfaces()) {
      if (eni.publicIps().isEmpty() && eni.ipv6Addresses().isEmpty()) {
        continue;
      }
      List<String> details = exposed.stream().filter(x -> x.eni().equals(eni.id())).map(Exposed::message).toList();
      Optional<NotEvaluated> unknown = report.notEvaluated().stream().filter(n -> n.eni().equals(eni.id())).findFirst();
      CheckStatus status = !details.isEmpty() ? CheckStatus.FAIL
          : unknown.isPresent() ? CheckStatus.NOT_EVALUATED : CheckStatus.PASS;
      String message = switch (status) {
        case FAIL -> "remote administration reachable from the internet on " + eni.id();
        case NOT_EVALUATED -> "exposure of " + eni.id() + " depends on data not in the snapshot: "
            + String.join("; ", unknown.get().reasons());
        case PASS -> "no remote administration port of " + eni.id() + " is reachable from the internet";
      };
      out.add(new NetworkCheckResult(CHECK_ID, eni.id(), eni.region(), status, message, details));
    }
    return out;
  }
}
