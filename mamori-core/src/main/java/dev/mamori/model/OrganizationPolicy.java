package dev.mamori.model;

/** A service control policy, resource control policy, or other Organizations policy. */
public record OrganizationPolicy(
    String id, String arn, String name, String type, boolean awsManaged, PolicyDocument content) {

  public static final String SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";
  public static final String RESOURCE_CONTROL_POLICY = "RESOURCE_CONTROL_POLICY";

  public boolean isScp() {
    return SERVICE_CONTROL_POLICY.equals(type);
  }

  public boolean isRcp() {
    return RESOURCE_CONTROL_POLICY.equals(type);
  }
}
