package dev.mamori.model;

/**
 * A policy document as JSON text, already decoded from the URL encoding the raw IAM API uses. The
 * IAM engine parses it; the model does not interpret it.
 */
public record PolicyDocument(String json) {
  public PolicyDocument {
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("a policy document cannot be empty");
    }
  }
}
