package dev.mamori.responsibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS shared responsibility model as data, read from {@code shared-responsibility.json} beside
 * this class. The file names its sources; this class only reads it and checks that every name it
 * uses is defined, so that a typo in the data fails the build rather than a report.
 */
public final class SharedResponsibilityModel {
  private static final String RESOURCE = "shared-responsibility.json";
  private static final SharedResponsibilityModel BUNDLED = load();

  private final List<Source> sources;
  private final Map<String, ResponsibilityItem> items;
  private final Map<ServiceModel, ModelResponsibilities> models;
  private final Map<String, ServiceResponsibility> services;

  private SharedResponsibilityModel(
      List<Source> sources,
      Map<String, ResponsibilityItem> items,
      Map<ServiceModel, ModelResponsibilities> models,
      Map<String, ServiceResponsibility> services) {
    this.sources = List.copyOf(sources);
    this.items = Map.copyOf(items);
    this.models = Map.copyOf(models);
    this.services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
  }

  /** The model bundled with Mamori. */
  public static SharedResponsibilityModel bundled() {
    return BUNDLED;
  }

  public List<Source> sources() {
    return sources;
  }

  /** The three models, in the order infrastructure, container, abstracted. */
  public List<ModelResponsibilities> models() {
    return List.of(
        models.get(ServiceModel.INFRASTRUCTURE), models.get(ServiceModel.CONTAINER), models.get(ServiceModel.ABSTRACTED));
  }

  public ModelResponsibilities model(ServiceModel model) {
    return models.get(model);
  }

  public Collection<ServiceResponsibility> services() {
    return services.values();
  }

  /** A service by its short name ({@code ec2}, {@code s3}), case-insensitively. */
  public Optional<ServiceResponsibility> service(String name) {
    return Optional.ofNullable(services.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  public List<ServiceResponsibility> servicesOf(ServiceModel model) {
    return services.values().stream().filter(s -> s.model() == model).toList();
  }

  /** A customer responsibility item by its ID ({@code credentials}). */
  public Optional<ResponsibilityItem> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** Every customer item, infrastructure items first, in the order the data gives them. */
  public List<ResponsibilityItem> items() {
    return models().stream().flatMap(m -> m.customer().stream()).toList();
  }

  private static SharedResponsibilityModel load() {
    try (InputStream in = SharedResponsibilityModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Builds the model from the data file's tree, refusing names the file does not define. */
  static SharedResponsibilityModel parse(JsonNode root) {
    List<Source> sources = new ArrayList<>();
    root.path("sources").forEach(s -> sources.add(new Source(text(s, "title"), text(s, "url"), text(s, "usedFor"))));
    if (sources.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": the data must name its sources");
    }
    Map<String, AwsResponsibility> aws = new LinkedHashMap<>();
    root.path("aws").properties().forEach(e -> aws.put(e.getKey(), new AwsResponsibility(e.getKey(), e.getValue().asText())));
    Map<String, ResponsibilityItem> items = new LinkedHashMap<>();
    root.path("items").properties().forEach(e -> items.put(e.getKey(), new ResponsibilityItem(
        e.getKey(), modelNamed(text(e.getValue(), "model")), text(e.getValue(), "title"), text(e.getValue(), "description"))));

    Map<ServiceModel, ModelResponsibilities> models = new EnumMap<>(ServiceModel.class);
    for (ServiceModel m : ServiceModel.values()) {
      JsonNode node = root.path("models").path(m.id());
      if (node.isMissingNode()) {
        throw new IllegalStateException(RESOURCE + ": model " + m.id() + " is missing");
      }
      List<ResponsibilityItem> customer = lookup(node.path("customer"), items, "customer item");
      customer.stream().filter(i -> i.model() != m).findFirst().ifPresent(i -> {
        throw new IllegalStateException(RESOURCE + ": item " + i.id() + " belongs to " + i.model().id() + ", not " + m.id());
      });
      models.put(m, new ModelResponsibilities(m, text(node, "description"), lookup(node.path("aws"), aws, "AWS item"), customer));
    }

    Map<String, ServiceResponsibility> services = new LinkedHashMap<>();
    for (JsonNode s : root.path("services")) {
      ServiceModel model = modelNamed(text(s, "model"));
      ModelResponsibilities base = models.get(model);
      Set<ResponsibilityItem> customer = new LinkedHashSet<>(base.customer());
      customer.addAll(lookup(s.path("alsoCustomer"), items, "customer item"));
      String id = text(s, "service");
      services.put(id, new ServiceResponsibility(id, text(s, "name"), model, base.aws(), List.copyOf(customer),
          Optional.ofNullable(s.path("note").textValue()), text(s, "source")));
    }
    return new SharedResponsibilityModel(sources, items, models, services);
  }

  private static <T> List<T> lookup(JsonNode ids, Map<String, T> known, String what) {
    List<T> out = new ArrayList<>();
    for (JsonNode id : ids) {
      T t = known.get(id.asText());
      if (t == null) {
        throw new IllegalStateException(RESOURCE + ": unknown " + what + " " + id.asText());
      }
      out.add(t);
    }
    return out;
  }

  private static ServiceModel modelNamed(String id) {
    return ServiceModel.fromId(id).orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown model " + id));
  }

  private static String text(JsonNode node, String field) {
    return text(node, field, node.path(field));
  }

  private static String text(JsonNode node, String what, JsonNode value) {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalStateException(RESOURCE + ": expected text for " + what + " in " + node);
    }
    return value.asText();
  }
}
