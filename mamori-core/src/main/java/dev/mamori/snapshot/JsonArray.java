package dev.mamori.snapshot;

import java.util.Arrays;

/** A JSON array read from a snapshot file; its elements are values as {@link JsonObject} lists them. */
final class JsonArray {
  private static final Object[] NONE = {};
  private Object[] elements = NONE;
  private int size;

  JsonArray() {}

  private JsonArray(Object[] elements) {
    this.elements = elements;
    this.size = elements.length;
  }

  /** An array of the first {@code count} elements given (copied). */
  static JsonArray of(Object[] elements, int count) {
    return new JsonArray(count == 0 ? NONE : Arrays.copyOf(elements, count));
  }

  int size() {
    return size;
  }

  Object get(int i) {
    return elements[i];
  }

  void add(Object value) {
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, Math.max(4, size * 2));
    }
    elements[size++] = value;
  }
}
