package dev.mamori.snapshot;

import dev.mamori.model.InternetGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws ec2 describe-internet-gateways} and {@code describe-egress-only-internet-gateways}.
 */
final class InternetGatewaysReader implements SectionReader {
  private final boolean egressOnly;

  InternetGatewaysReader(boolean egressOnly) {
    this.egressOnly = egressOnly;
  }

  @Override
  public String key() {
    return egressOnly ? "EgressOnlyInternetGateways" : "InternetGateways";
  }

  @Override
  public void read(Node n, SnapshotFile file, ReadContext ctx) {
    String id = n.text(egressOnly ? "EgressOnlyInternetGatewayId" : "InternetGatewayId");
    List<String> vpcs = new ArrayList<>();
    for (Node a : n.objects("Attachments")) {
      String state = a.optText("State").orElse("available");
      // "available" is what describe-internet-gateways prints for an attached gateway.
      if (state.equals("available") || state.equals("attached") || state.equals("attaching")) {
        vpcs.add(a.text("VpcId"));
      }
    }
    String owner = n.optText("OwnerId").or(file::account).orElse("");
    ctx.voteAccount(owner);
    ctx.model.add(new InternetGateway(id, owner, Regions.of(file, ctx, Optional.empty()), egressOnly, vpcs, n.tags()));
    ctx.model.source(id, file.relative());
  }
}
