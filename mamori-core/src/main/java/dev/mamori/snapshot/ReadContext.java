package dev.mamori.snapshot;

import dev.mamori.model.CloudModel;
import dev.mamori.model.LoadWarning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one snapshot load: the model being built, parts of resources that arrive in
 * several files (a bucket's configurations, a key's rotation status), warnings and errors.
 */
final class ReadContext {
  final CloudModel.Builder model = CloudModel.builder();
  final Assembly assembly = new Assembly();
  private final List<InputError> errors = new ArrayList<>();
  private final Map<String, Integer> warningCounts = new LinkedHashMap<>();
  private final Map<String, LoadWarning> firstWarnings = new LinkedHashMap<>();
  private final Map<Path, String> regionByDirectory = new HashMap<>();
  private final Map<String, Integer> accountVotes = new HashMap<>();

  private boolean readAnything;

  void error(InputError e) {
    errors.add(e);
  }

  /** Notes that a file held output Mamori reads (whether or not it held resources). */
  void recognized() {
    readAnything = true;
  }

  /** True once any file held output Mamori reads. */
  boolean readAnything() {
    return readAnything;
  }

  List<InputError> errors() {
    return errors;
  }

  /**
   * Records a warning; warnings of the same kind in the same file (one per element of a large
   * array, say) are folded into one with a count.
   */
  void warn(String file, String path, String message) {
    String key = file + "\u0000" + generalise(path) + "\u0000" + message;
    warningCounts.merge(key, 1, Integer::sum);
    firstWarnings.putIfAbsent(key, new LoadWarning(file, path, message));
  }

  /** Warns about every field of a whole-file tree that no reader read or declared known. */
  void warnUnknownFields(Node root, SnapshotFile file) {
    root.collectUnknownFields((at, field) -> warn(file.relative(), at + "." + field, "unknown field, ignored"));
  }

  List<LoadWarning> warnings() {
    List<LoadWarning> out = new ArrayList<>();
    firstWarnings.forEach((key, w) -> {
      int n = warningCounts.get(key);
      out.add(n == 1 ? w : new LoadWarning(w.file(), generalise(w.path()), w.message() + " (" + n + " times)"));
    });
    return out;
  }

  /** The region of a file: its folder's name, else what the data in the same folder said. */
  Optional<String> regionOf(SnapshotFile f) {
    return f.region().or(() -> Optional.ofNullable(regionByDirectory.get(f.directory())));
  }

  /** Remembers a region learnt from the data (an availability zone) for files without a region folder. */
  void learnRegion(SnapshotFile f, String region) {
    if (f.region().isEmpty()) {
      regionByDirectory.putIfAbsent(f.directory(), region);
    }
  }

  /** Counts an account ID seen in the data; the most frequent one is the snapshot's account. */
  void voteAccount(String accountId) {
    if (accountId != null && isAccountId(accountId)) {
      accountVotes.merge(accountId, 1, Integer::sum);
    }
  }

  Optional<String> likeliestAccount() {
    // Most votes wins; ties go to the smallest ID so that the answer does not depend on file order.
    return accountVotes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static boolean isAccountId(String s) {
    if (s.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code $.A[3].B[0]} → {@code $.A[*].B[*]}: one warning per kind, not per element. */
  static String generalise(String path) {
    if (path.indexOf('[') < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      int digitsEnd = i + 1;
      while (c == '[' && digitsEnd < path.length() && isAsciiDigit(path.charAt(digitsEnd))) {
        digitsEnd++;
      }
      if (c == '[' && digitsEnd > i + 1 && digitsEnd < path.length() && path.charAt(digitsEnd) == ']') {
        out.append("[*]");
        i = digitsEnd + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
