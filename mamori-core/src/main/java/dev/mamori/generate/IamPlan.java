package dev.mamori.generate;

import java.util.List;
import java.util.Optional;

/** The IAM entities of the synthetic account, as the planner decides them one at a time. */
final class IamPlan {
  private IamPlan() {}

  record Inline(String name, String document) {}

  /** One access key column pair of the credential report; empty strings print as N/A. */
  record AccessKey(boolean active, String lastRotated, String lastUsed, String lastUsedRegion, String lastUsedService) {
    static final AccessKey NONE = new AccessKey(false, "", "", "", "");
  }

  record Credentials(boolean passwordEnabled, String passwordLastUsed, String passwordLastChanged, boolean mfaActive,
      AccessKey key1, AccessKey key2) {}

  record User(String name, String id, String path, String createDate, List<String> groups, List<String> attachedArns,
      List<Inline> inline, Optional<String> boundaryArn, Credentials credentials, String team) {}

  record Group(String name, String id, String path, String createDate, List<String> attachedArns, List<Inline> inline) {}

  record Role(String name, String id, String path, String createDate, String trustPolicy, List<String> attachedArns,
      List<Inline> inline, Optional<String> boundaryArn, boolean instanceProfile, Optional<String> lastUsed,
      String lastUsedRegion, String description) {}

  record CustomerPolicy(String name, String id, String path, String createDate, String updateDate, String document) {}
}
