package dev.mamori.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the line of a snapshot file where a resource appears, so that a SARIF location points at
 * the resource rather than at the top of a file holding thousands. All the resources wanted in one
 * file are looked up in a single pass over it (a snapshot file may hold 100k interfaces), the files
 * on every core.
 *
 * <p>A resource appears where it is a whole token: the text between two separators — whitespace,
 * quotes, commas, braces and brackets, what separates values in AWS CLI JSON and in the credential
 * report CSV (ARNs keep their colons). Lines end at {@code \n}, {@code \r} or {@code \r\n}. The scan
 * reads bytes and decodes only the tokens as long as a wanted resource: a 100k-interface audit
 * looks through ~300 MB of files for its SARIF report.
 */
final class SourceLines {
  private final Map<String, Map<String, Integer>> lines = new ConcurrentHashMap<>();

  /**
   * @param root the snapshot directory
   * @param wanted for each file (relative to the root), the resources whose line is wanted
   */
  SourceLines(Path root, Map<String, Set<String>> wanted) {
    List<Map.Entry<String, Set<String>>> files = List.copyOf(wanted.entrySet());
    files.parallelStream().forEach(e -> lines.put(e.getKey(), scan(root.resolve(e.getKey()), e.getValue())));
  }

  /** The first line (1-based) naming the resource; 1 when the file does not name it. */
  int lineOf(String file, String resource) {
    return lines.getOrDefault(file, Map.of()).getOrDefault(resource, 1);
  }

  /** The separator bytes, as a table: the scan looks up every byte of hundreds of megabytes. */
  private static final boolean[] SEPARATOR = new boolean[256];

  static {
    for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r', '"', ',', '{', '}', '[', ']'}) {
      SEPARATOR[c] = true;
    }
  }

  static Map<String, Integer> scan(Path file, Set<String> resources) {
    Map<String, Integer> found = new HashMap<>();
    Set<String> missing = new HashSet<>(resources);
    BitSet lengths = new BitSet();
    resources.forEach(r -> lengths.set(r.getBytes(StandardCharsets.UTF_8).length));
    int longest = lengths.length() - 1; // the bytes of longer tokens are not kept: they match nothing
    byte[] buffer = new byte[1 << 16];
    byte[] token = new byte[64];
    int tokenLength = 0;
    int line = 1;
    boolean afterCarriageReturn = false;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0 && !missing.isEmpty(); n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (!SEPARATOR[b & 0xFF]) {
            if (tokenLength < longest) {
              if (tokenLength == token.length) {
                token = Arrays.copyOf(token, token.length * 2);
              }
              token[tokenLength] = b;
            }
            tokenLength++;
            afterCarriageReturn = false;
            continue;
          }
          if (tokenLength > 0) {
            look(token, tokenLength, longest, line, lengths, missing, found);
            tokenLength = 0;
          }
          if (b == '\n') {
            line += afterCarriageReturn ? 0 : 1;
            afterCarriageReturn = false;
          } else {
            line += b == '\r' ? 1 : 0;
            afterCarriageReturn = b == '\r';
          }
        }
      }
      if (tokenLength > 0) {
        look(token, tokenLength, longest, line, lengths, missing, found);
      }
    } catch (IOException | RuntimeException e) {
      // A location is a convenience: a file that cannot be read again still gets line 1.
    }
    return found;
  }

  private static void look(byte[] token, int length, int longest, int line, BitSet lengths, Set<String> missing,
      Map<String, Integer> found) {
    if (length > longest || !lengths.get(length)) {
      return;
    }
    String text = new String(token, 0, length, StandardCharsets.UTF_8);
    if (missing.remove(text)) {
      found.put(text, line);
    }
  }
}
