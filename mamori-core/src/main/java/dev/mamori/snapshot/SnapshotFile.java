package dev.mamori.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One file of a snapshot and what its place in the layout says: the account and region folders
 * above it, and — under {@code global/} — the service folder and the rest of the path.
 *
 * <pre>
 * SNAPSHOT/[aws_configs/][&lt;account-id&gt;/]&lt;region&gt;/&lt;anything&gt;.json
 * SNAPSHOT/[&lt;account-id&gt;/]global/&lt;service&gt;/...
 * </pre>
 */
record SnapshotFile(
    Path absolute,
    String relative,
    Optional<String> account,
    Optional<String> region,
    boolean global,
    List<String> pathAfterScope) {

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d+");

  static SnapshotFile of(Path root, Path file) {
    Path rel = root.relativize(file);
    List<String> parts = new java.util.ArrayList<>();
    rel.forEach(p -> parts.add(p.toString()));
    String relative = String.join("/", parts);
    Optional<String> account = Optional.empty();
    Optional<String> region = Optional.empty();
    boolean global = false;
    int scopeEnd = 0;
    for (int i = 0; i < parts.size() - 1; i++) {
      String p = parts.get(i);
      if (ACCOUNT.matcher(p).matches() && account.isEmpty() && region.isEmpty() && !global) {
        account = Optional.of(p);
        scopeEnd = i + 1;
      } else if (p.equals("global") && region.isEmpty() && !global) {
        global = true;
        scopeEnd = i + 1;
      } else if (REGION.matcher(p).matches() && region.isEmpty() && !global) {
        region = Optional.of(p);
        scopeEnd = i + 1;
      } else if (p.equals("aws_configs") && i == scopeEnd) {
        scopeEnd = i + 1;
      }
    }
    return new SnapshotFile(file, relative, account, region, global, List.copyOf(parts.subList(scopeEnd, parts.size())));
  }

  static boolean isRegionName(String s) {
    return REGION.matcher(s).matches();
  }

  String fileName() {
    return pathAfterScope.get(pathAfterScope.size() - 1);
  }

  /** The file name without its extension. */
  String baseName() {
    String n = fileName();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? n : n.substring(0, dot);
  }

  /** The folder right above the file, within the scope (for per-resource files). */
  Optional<String> parentFolder() {
    return pathAfterScope.size() >= 2 ? Optional.of(pathAfterScope.get(pathAfterScope.size() - 2)) : Optional.empty();
  }

  /** The first folder within the scope (the service under {@code global/}, or {@code kms}). */
  Optional<String> serviceFolder() {
    return pathAfterScope.size() >= 2 ? Optional.of(pathAfterScope.get(0)) : Optional.empty();
  }

  /** The directory holding the file (for per-directory defaults such as the inferred region). */
  Path directory() {
    return absolute.getParent();
  }
}
