package dev.mamori.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mamori.responsibility.AwsResponsibility;
import dev.mamori.responsibility.ModelResponsibilities;
import dev.mamori.responsibility.ResponsibilityItem;
import dev.mamori.responsibility.ServiceResponsibility;
import dev.mamori.responsibility.SharedResponsibilityModel;
import dev.mamori.responsibility.Source;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mamori responsibility [SERVICE]}: who manages what, for one service or for the three models. */
@Command(name = "responsibility", description = "Show the AWS shared responsibility model: for one service, or all three models.")
final class ResponsibilityCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE", description = "A service such as ec2, rds, s3 (default: all three models).")
  Optional<String> service;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SharedResponsibilityModel model = SharedResponsibilityModel.bundled();
    PrintWriter out = spec.commandLine().getOut();
    if (service.isPresent()) {
      ServiceResponsibility s = model.service(service.get()).orElseThrow(() -> unknownService(model, service.get()));
      if (format == OutputFormat.json) {
        Json.print(out, json(s));
      } else {
        text(out, s);
      }
    } else if (format == OutputFormat.json) {
      Json.print(out, json(model));
    } else {
      text(out, model);
    }
    return ExitCodes.OK;
  }

  private ParameterException unknownService(SharedResponsibilityModel model, String name) {
    List<String> known = model.services().stream().map(ServiceResponsibility::service).toList();
    return new ParameterException(spec.commandLine(),
        "unknown service \"" + name + "\"; expected one of " + String.join(", ", known));
  }

  private static ObjectNode json(ServiceResponsibility s) {
    ObjectNode doc = Json.object();
    doc.put("service", s.service()).put("name", s.name()).put("model", s.model().id());
    ArrayNode aws = doc.putArray("aws");
    s.aws().forEach(a -> aws.add(a.id()));
    ArrayNode customer = doc.putArray("customer");
    s.customer().forEach(i -> customer.add(i.id()));
    doc.put("note", s.note().orElse(null));
    ObjectNode described = doc.putObject("descriptions");
    s.aws().forEach(a -> described.put(a.id(), a.description()));
    s.customer().forEach(i -> described.put(i.id(), i.title() + ": " + i.description()));
    return doc;
  }

  private static ObjectNode json(SharedResponsibilityModel model) {
    ObjectNode doc = Json.object();
    ArrayNode models = doc.putArray("models");
    for (ModelResponsibilities m : model.models()) {
      ObjectNode o = models.addObject().put("model", m.model().id()).put("description", m.description());
      ArrayNode aws = o.putArray("aws");
      m.aws().forEach(a -> aws.add(a.id()));
      ArrayNode customer = o.putArray("customer");
      m.customer().forEach(i -> customer.add(i.id()));
      ArrayNode services = o.putArray("services");
      model.servicesOf(m.model()).forEach(s -> services.add(s.service()));
    }
    ObjectNode items = doc.putObject("items");
    for (ResponsibilityItem i : model.items()) {
      items.putObject(i.id()).put("model", i.model().id()).put("title", i.title()).put("description", i.description());
    }
    ArrayNode sources = doc.putArray("sources");
    for (Source s : model.sources()) {
      sources.addObject().put("title", s.title()).put("url", s.url()).put("usedFor", s.usedFor());
    }
    return doc;
  }

  private static void text(PrintWriter out, ServiceResponsibility s) {
    out.println(s.name() + " (" + s.service() + "): " + s.model().id() + " service model");
    s.note().ifPresent(n -> out.println(n));
    out.println();
    out.println("AWS manages (security OF the cloud):");
    for (AwsResponsibility a : s.aws()) {
      out.println("  - " + a.description());
    }
    out.println();
    out.println("You manage (security IN the cloud):");
    for (ResponsibilityItem i : s.customer()) {
      out.printf("  %-31s %s: %s%n", i.id(), i.title(), i.description());
    }
  }

  private static void text(PrintWriter out, SharedResponsibilityModel model) {
    boolean first = true;
    for (ModelResponsibilities m : model.models()) {
      if (!first) {
        out.println();
      }
      first = false;
      List<String> services = model.servicesOf(m.model()).stream().map(ServiceResponsibility::service).toList();
      out.println(m.model().id().toUpperCase(java.util.Locale.ROOT) + " services (" + String.join(", ", services) + ")");
      out.println("  " + m.description());
      out.println("  AWS manages: " + String.join(", ", m.aws().stream().map(AwsResponsibility::id).toList()));
      out.println("  You manage:");
      for (ResponsibilityItem i : m.customer()) {
        out.printf("    %-31s %s%n", i.id(), i.title());
      }
    }
    out.println();
    out.println("Sources: " + String.join("; ", model.sources().stream().map(Source::url).toList()));
  }
}
