package dev.mamori.model;

import java.util.List;

/** An IAM group and its policies. */
public record IamGroup(
    String name, String id, String arn, String path, List<InlinePolicy> inlinePolicies, List<String> attachedPolicyArns) {

  public IamGroup {
    inlinePolicies = List.copyOf(inlinePolicies);
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
  }
}
