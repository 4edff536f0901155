package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.model.CloudModel;
import dev.mamori.model.LoadWarning;
import dev.mamori.snapshot.InputError;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mamori inventory SNAPSHOT}: what the snapshot holds, and what could not be understood. */
@Command(name = "inventory", description = "Count the resources of a snapshot and list load warnings.")
final class InventoryCommand implements Callable<Integer> {

  @Mixin SnapshotOptions snapshot;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SnapshotOptions.Loaded loaded = snapshot.load(spec.commandLine().getErr());
    Map<String, Integer> counts = counts(loaded.model());
    if (format == OutputFormat.json) {
      Json.print(out, json(loaded, counts));
    } else {
      text(out, loaded, counts);
    }
    return ExitCodes.OK;
  }

  /** The contract's counts first, then further counts (added, never renamed). */
  static Map<String, Integer> counts(CloudModel m) {
    Map<String, Integer> c = new LinkedHashMap<>();
    c.put("vpcs", m.vpcs().size());
    c.put("subnets", m.subnets().size());
    c.put("securityGroups", m.securityGroups().size());
    c.put("networkAcls", m.networkAcls().size());
    c.put("networkInterfaces", m.networkInterfaces().size());
    c.put("instances", m.instances().size());
    c.put("iamUsers", m.users().size());
    c.put("iamRoles", m.roles().size());
    c.put("iamGroups", m.groups().size());
    c.put("buckets", m.buckets().size());
    c.put("volumes", m.volumes().size());
    c.put("kmsKeys", m.kmsKeys().size());
    c.put("dbInstances", m.dbInstances().size());
    c.put("routeTables", m.routeTables().size());
    c.put("internetGateways", (int) m.internetGateways().stream().filter(g -> !g.egressOnly()).count());
    c.put("egressOnlyInternetGateways", (int) m.internetGateways().stream().filter(g -> g.egressOnly()).count());
    c.put("natGateways", m.natGateways().size());
    c.put("prefixLists", m.prefixLists().size());
    c.put("vpcPeeringConnections", m.peeringConnections().size());
    c.put("ebsSnapshots", m.ebsSnapshots().size());
    c.put("iamManagedPolicies", m.managedPolicies().size());
    c.put("organizationPolicies", m.organizations().policiesById().size());
    return c;
  }

  private static ObjectNode json(SnapshotOptions.Loaded loaded, Map<String, Integer> counts) {
    ObjectNode doc = Json.object();
    ObjectNode c = doc.putObject("counts");
    counts.forEach(c::put);
    doc.put("account", loaded.model().accountId().orElse(null));
    ArrayNode regions = doc.putArray("regions");
    loaded.model().regions().forEach(regions::add);
    ArrayNode warnings = doc.putArray("warnings");
    for (LoadWarning w : loaded.model().warnings()) {
      warnings.addObject().put("file", w.file()).put("path", w.path()).put("message", w.message());
    }
    ArrayNode errors = doc.putArray("errors");
    for (InputError e : loaded.errors()) {
      ObjectNode o = errors.addObject().put("file", e.file()).put("path", e.path());
      e.line().ifPresent(l -> o.put("line", l));
      o.put("message", e.message());
    }
    return doc;
  }

  private static void text(PrintWriter out, SnapshotOptions.Loaded loaded, Map<String, Integer> counts) {
    CloudModel m = loaded.model();
    out.println("Account " + m.accountId().orElse("(unknown)") + ", regions: "
        + (m.regions().isEmpty() ? "(none)" : String.join(", ", m.regions())));
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(10);
    counts.forEach((k, v) -> out.printf("  %-" + width + "s %,d%n", k, v));
    if (!m.warnings().isEmpty()) {
      out.println();
      out.println(m.warnings().size() + " warning(s):");
      m.warnings().forEach(w -> out.println("  " + w));
    }
    if (!loaded.errors().isEmpty()) {
      out.println();
      out.println(loaded.errors().size() + " error(s), not loaded:");
      loaded.errors().forEach(e -> out.println("  " + e));
    }
  }
}
