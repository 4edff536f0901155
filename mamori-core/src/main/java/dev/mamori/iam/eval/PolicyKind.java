package dev.mamori.iam.eval;

/** The role a policy plays in a decision; names are the ones decisions report. */
public enum PolicyKind {
  SCP("scp"),
  RCP("rcp"),
  RESOURCE("resource"),
  IDENTITY("identity"),
  PERMISSIONS_BOUNDARY("boundary"),
  SESSION("session");

  private final String label;

  PolicyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
