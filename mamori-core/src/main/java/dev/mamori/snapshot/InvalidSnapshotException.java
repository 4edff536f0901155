package dev.mamori.snapshot;

import java.util.List;

/** The snapshot could not be read; each error names the file, the place in it and the expectation. */
public final class InvalidSnapshotException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<InputError> errors;

  public InvalidSnapshotException(List<InputError> errors) {
    super(errors.isEmpty() ? "invalid snapshot" : errors.get(0).toString());
    this.errors = List.copyOf(errors);
  }

  public List<InputError> errors() {
    return errors;
  }
}
