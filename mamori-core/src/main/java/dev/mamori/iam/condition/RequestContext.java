package dev.mamori.iam.condition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys of one request and their values. Key names are case-insensitive (IAM's rule),
 * values are kept as given. A key that is not here is <em>missing</em>: the engine never invents
 * a value for it.
 */
public final class RequestContext {
  private static final RequestContext EMPTY = new RequestContext(Map.of(), Map.of(), null);

  private final Map<String, List<String>> valuesByLowerKey;
  private final Map<String, String> originalKeyByLowerKey;
  /** Keys consulted when this context does not have them (defaults); null when there are none. */
  private final RequestContext defaults;

  private RequestContext(Map<String, List<String>> values, Map<String, String> originalKeys, RequestContext defaults) {
    this.valuesByLowerKey = values;
    this.originalKeyByLowerKey = originalKeys;
    this.defaults = defaults;
  }

  /**
   * This context, falling back to {@code fallback} for the keys it does not have: the caller's
   * keys always win over derived defaults. Costs no copy, so it can be done per request.
   */
  public RequestContext withDefaults(RequestContext fallback) {
    if (fallback.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return fallback;
    }
    return new RequestContext(valuesByLowerKey, originalKeyByLowerKey,
        defaults == null ? fallback : defaults.withDefaults(fallback));
  }

  public boolean isEmpty() {
    return valuesByLowerKey.isEmpty() && (defaults == null || defaults.isEmpty());
  }

  public static RequestContext empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    asMap().forEach(builder::putAll);
    return builder;
  }

  /** The values of a key; empty when the key is missing (an empty list means an empty set). */
  public Optional<List<String>> values(String key) {
    return Optional.ofNullable(lookup(lower(key)));
  }

  /**
   * The values of a key already in lower case (see {@link #lowerCase}), or null when it is missing:
   * for compiled policies, which lower-case their keys once instead of on every lookup.
   */
  public List<String> valuesOfLowerCaseKey(String lowerCaseKey) {
    return lookup(lowerCaseKey);
  }

  /** A key as the context indexes it: key names are case-insensitive. */
  public static String lowerCase(String key) {
    return lower(key);
  }

  private List<String> lookup(String lowerKey) {
    List<String> own = valuesByLowerKey.get(lowerKey);
    return own != null || defaults == null ? own : defaults.lookup(lowerKey);
  }

  /** The single value of a key, when it has exactly one. */
  public Optional<String> single(String key) {
    List<String> values = lookup(lower(key));
    return values != null && values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
  }

  public boolean has(String key) {
    return lookup(lower(key)) != null;
  }

  /** Keys as first given, with their values, in insertion order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    valuesByLowerKey.forEach((k, v) -> out.put(originalKeyByLowerKey.get(k), v));
    if (defaults != null) {
      defaults.asMap().forEach(out::putIfAbsent);
    }
    return out;
  }

  static String lower(String key) {
    return key.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Collects keys; giving a key twice makes it multi-valued. */
  public static final class Builder {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, String> originalKeys = new LinkedHashMap<>();

    public Builder add(String key, String value) {
      String lower = lower(key);
      originalKeys.putIfAbsent(lower, key);
      values.merge(lower, List.of(value), (a, b) -> concat(a, b));
      return this;
    }

    public Builder putAll(String key, List<String> keyValues) {
      String lower = lower(key);
      originalKeys.putIfAbsent(lower, key);
      values.merge(lower, List.copyOf(keyValues), (a, b) -> concat(a, b));
      return this;
    }

    /** Sets a key only when the caller has not given it: defaults never override the caller. */
    public Builder putIfAbsent(String key, List<String> keyValues) {
      if (!values.containsKey(lower(key))) {
        putAll(key, keyValues);
      }
      return this;
    }

    public RequestContext build() {
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      values.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new RequestContext(Map.copyOf(frozen), Map.copyOf(originalKeys), null);
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> all = new java.util.ArrayList<>(a);
      all.addAll(b);
      return List.copyOf(all);
    }
  }
}
