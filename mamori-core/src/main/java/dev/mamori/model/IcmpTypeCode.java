package dev.mamori.model;

/** An ICMP type and code as AWS rules give them; {@code -1} means any. */
public record IcmpTypeCode(int type, int code) {
  public static final IcmpTypeCode ANY = new IcmpTypeCode(-1, -1);

  public IcmpTypeCode {
    if (type < -1 || type > 255 || code < -1 || code > 255) {
      throw new IllegalArgumentException("expected an ICMP type and code within -1..255, found " + type + "/" + code);
    }
  }

  public boolean anyType() {
    return type == -1;
  }

  public boolean anyCode() {
    return code == -1;
  }

  @Override
  public String toString() {
    return (type == -1 ? "any type" : "type " + type) + (code == -1 ? "" : " code " + code);
  }
}
