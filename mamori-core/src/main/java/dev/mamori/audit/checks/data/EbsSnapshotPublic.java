package dev.mamori.audit.checks.data;

import dev.mamori.audit.AuditContext;
import dev.mamori.audit.Check;
import dev.mamori.audit.CheckResult;
import dev.mamori.model.CreateVolumePermission;
import dev.mamori.model.EbsSnapshot;
import java.util.List;

/**
 * EBS snapshots are not public: no create-volume permission for the group {@code all}. Needs
 * {@code describe-snapshot-attribute --attribute createVolumePermission} per snapshot.
 */
public final class EbsSnapshotPublic implements Check {
  @Override
  public String id() {
    return "ebs-snapshot-public";
  }

  @Override
  public List<CheckResult> evaluate(AuditContext ctx) {
    return ctx.model().ebsSnapshots().stream().map(EbsSnapshotPublic::judge).toList();
  }

  private static CheckResult judge(EbsSnapshot s) {
    if (!s.createVolumePermissions().isCollected()) {
      return CheckResult.notEvaluated(s.id(), s.region(),
          "describe-snapshot-attribute --attribute createVolumePermission was not collected for this snapshot");
    }
    List<CreateVolumePermission> permissions = s.createVolumePermissions().asOptional().orElse(List.of());
    boolean open = permissions.stream().anyMatch(CreateVolumePermission::isPublic);
    List<String> accounts = permissions.stream().flatMap(p -> p.userId().stream()).toList();
    return CheckResult.passIf(!open, s.id(), s.region(),
            accounts.isEmpty() ? "the snapshot is private" : "the snapshot is shared with " + accounts.size() + " account(s) only",
            "any AWS account can create a volume from the snapshot")
        .because("createVolumePermission: " + (permissions.isEmpty() ? "(none)"
            : String.join(", ", permissions.stream().map(p -> p.group().map(g -> "Group=" + g)
                .orElse("UserId=" + p.userId().orElse("?"))).toList())));
  }
}
