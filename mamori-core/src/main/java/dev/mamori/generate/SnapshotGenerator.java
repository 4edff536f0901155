package dev.mamori.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a deterministic synthetic snapshot — AWS CLI output in Mamori's layout — for benchmarks
 * and scale tests. The same spec always gives byte-identical files. Output is streamed: memory use
 * stays that of one VPC (a few hundred interfaces) whatever the size.
 *
 * <pre>
 * OUT/&lt;account&gt;/&lt;region&gt;/describe-*.json, kms/&lt;key&gt;/…, get-managed-prefix-list-entries/…
 * OUT/&lt;account&gt;/global/iam/…, s3/…, s3control/…, organizations/…
 * </pre>
 */
public final class SnapshotGenerator {
  private SnapshotGenerator() {}

  /** What was written: where, for which account, and how many of each resource. */
  public record Result(Path directory, String accountId, Map<String, Integer> counts) {}

  /**
   * Generates into {@code out} (created when missing; existing files of the same names are replaced).
   *
   * @throws UncheckedIOException when a file cannot be written
   */
  public static Result generate(Path out, GeneratorSpec spec) {
    Topology topology = Topology.of(spec);
    Path account = out.resolve(topology.accountId);
    Path global = account.resolve("global");
    Tally tally = new Tally();
    try {
      for (int r = 0; r < Topology.REGIONS.size(); r++) {
        new RegionGenerator(topology, r, account, tally).generate();
      }
      tally.add("vpcPeeringConnections", topology.peerings.size());
      tally.add("prefixLists", 3 * Topology.REGIONS.size());
      new IamWriter(topology, global).write(tally);
      new S3Writer(topology, global).write(tally);
      new OrganizationsWriter(topology, global).write(tally);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the snapshot under " + out + ": " + e.getMessage(), e);
    }
    return new Result(out, topology.accountId, tally.asMap());
  }
}
