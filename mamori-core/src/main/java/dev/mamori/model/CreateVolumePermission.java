package dev.mamori.model;

import java.util.Optional;

/**
 * Who may create a volume from an EBS snapshot: the group {@code all} (the snapshot is public) or
 * one AWS account.
 */
public record CreateVolumePermission(Optional<String> group, Optional<String> userId) {
  public boolean isPublic() {
    return group.filter("all"::equals).isPresent();
  }
}
