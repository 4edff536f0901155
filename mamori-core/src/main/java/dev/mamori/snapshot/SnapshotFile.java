package dev.mamori.snapshot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return of(root, file, new HashMap<>());
  }

  /**
   * As {@link #of(Path, Path)}, with the scope of each directory worked out once and kept in
   * {@code scopes} (keyed by the directory's path relative to the root): a folder of per-resource
   * files holds thousands of them.
   */
  static SnapshotFile of(Path root, Path file, Map<Path, Scope> scopes) {
    Path rel = root.relativize(file);
    Path dir = rel.getParent();
    Scope scope = dir == null ? Scope.ROOT : scopes.computeIfAbsent(dir, Scope::of);
    List<String> parts = new ArrayList<>(rel.getNameCount());
    rel.forEach(p -> parts.add(p.toString()));
    return new SnapshotFile(file, String.join("/", parts), scope.account, scope.region, scope.global,
        List.copyOf(parts.subList(scope.end, parts.size())));
  }

  /** What a directory's place says: its account and region folders, or global, and where the scope ends. */
  record Scope(Optional<String> account, Optional<String> region, boolean global, int end) {
    static final Scope ROOT = new Scope(Optional.empty(), Optional.empty(), false, 0);

    static Scope of(Path directory) {
      Optional<String> account = Optional.empty();
      Optional<String> region = Optional.empty();
      boolean global = false;
      int scopeEnd = 0;
      for (int i = 0; i < directory.getNameCount(); i++) {
        String p = directory.getName(i).toString();
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
      return new Scope(account, region, global, scopeEnd);
    }
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
