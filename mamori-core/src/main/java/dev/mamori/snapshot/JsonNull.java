package dev.mamori.snapshot;

/** The JSON {@code null} literal, as a value of a {@link JsonObject} or {@link JsonArray}. */
enum JsonNull {
  INSTANCE;

  @Override
  public String toString() {
    return "null";
  }
}
