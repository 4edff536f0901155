package dev.mamori.snapshot;

import dev.mamori.model.Collected;
import dev.mamori.model.VirtualMfaDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code aws iam list-virtual-mfa-devices}, saved as {@code global/iam/list-virtual-mfa-devices.json}.
 * The root user's device is assigned to the account's root ARN.
 */
final class VirtualMfaDevicesReader implements PathReader {
  @Override
  public boolean accepts(SnapshotFile file) {
    return IamFile.is(file, "list-virtual-mfa-devices.json");
  }

  @Override
  public void read(SnapshotFile file, ReadContext ctx, Function<SnapshotFile, Node> parse) {
    if (!ctx.assembly.iam.account.admits(file, ctx)) {
      return;
    }
    Node root = parse.apply(file).requireObject().require("VirtualMFADevices", "the list of virtual MFA devices");
    root.ignore("Marker", "IsTruncated");
    List<VirtualMfaDevice> devices = new ArrayList<>();
    for (Node d : root.objects("VirtualMFADevices")) {
      d.ignore("Base32StringSeed", "QRCodePNG", "Tags");
      Optional<String> user = d.optObject("User").flatMap(u -> {
        u.ignore("UserName", "UserId", "Path", "CreateDate", "PasswordLastUsed", "PermissionsBoundary", "Tags");
        return u.optText("Arn");
      });
      devices.add(new VirtualMfaDevice(d.text("SerialNumber"), user, d.optInstant("EnableDate")));
    }
    ctx.assembly.iam.virtualMfaDevices = Collected.present(List.copyOf(devices));
    ctx.warnUnknownFields(root, file);
  }
}
