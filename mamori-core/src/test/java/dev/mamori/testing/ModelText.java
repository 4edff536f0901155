package dev.mamori.testing;

import dev.mamori.model.CloudModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Everything a model exposes, as text, for comparing two loads of the same snapshot: every public
 * accessor of {@link CloudModel}, records field by field, and the source file of every resource.
 * Orders count — lists and insertion-ordered maps print in order — except where a collection has
 * no order of its own ({@code Map.copyOf}, hash maps), which prints sorted so that two runs of the
 * JVM agree.
 */
public final class ModelText {
  private ModelText() {}

  public static String of(CloudModel model) {
    StringBuilder out = new StringBuilder();
    Method[] accessors = CloudModel.class.getMethods();
    Arrays.sort(accessors, Comparator.comparing(Method::getName));
    for (Method m : accessors) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() != CloudModel.class) {
        continue;
      }
      Object value = invoke(m, model);
      out.append("== ").append(m.getName()).append('\n');
      if (value instanceof Collection<?> items) {
        for (Object item : items) {
          out.append("  ").append(text(item)).append('\n');
          sourceOf(item, model).ifPresent(s -> out.append("    from ").append(s).append('\n'));
        }
      } else {
        out.append("  ").append(text(value)).append('\n');
      }
    }
    return out.toString();
  }

  private static Optional<String> sourceOf(Object item, CloudModel model) {
    for (String key : List.of("id", "arn", "name")) {
      try {
        Object id = item.getClass().getMethod(key).invoke(item);
        Optional<String> source = model.sourceOf(String.valueOf(id));
        if (source.isPresent()) {
          return Optional.of(key + " " + id + ": " + source.get());
        }
      } catch (NoSuchMethodException e) {
        // not a resource with this kind of name
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.empty();
  }

  private static String text(Object o) {
    if (o == null) {
      return "null";
    }
    if (o.getClass().isRecord()) {
      StringBuilder b = new StringBuilder(o.getClass().getSimpleName()).append('[');
      for (RecordComponent c : o.getClass().getRecordComponents()) {
        c.getAccessor().setAccessible(true);
        b.append(c.getName()).append('=').append(text(invoke(c.getAccessor(), o))).append(", ");
      }
      return b.append(']').toString();
    }
    if (o instanceof Optional<?> opt) {
      return opt.map(v -> "Optional[" + text(v) + "]").orElse("Optional.empty");
    }
    if (o instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(text(k) + "=" + text(v)));
      boolean ordered = map instanceof LinkedHashMap || map instanceof SortedMap;
      if (!ordered) {
        Collections.sort(entries);
      }
      return "{" + String.join(", ", entries) + "}";
    }
    if (o instanceof Collection<?> items) {
      List<String> texts = new ArrayList<>();
      items.forEach(i -> texts.add(text(i)));
      boolean ordered = items instanceof List || items instanceof LinkedHashSet || items instanceof SortedSet;
      if (!ordered) {
        Collections.sort(texts);
      }
      return "[" + String.join(", ", texts) + "]";
    }
    return String.valueOf(o);
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + m.getName(), e);
    }
  }
}
