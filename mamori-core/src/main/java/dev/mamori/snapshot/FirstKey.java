package dev.mamori.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first top-level key of a JSON file ({@code Subnets} for {@code describe-subnets}), or "" when
 * the file does not start as an object with a key. Every file of a snapshot is asked this before
 * reading starts, so the usual case — a plain ASCII key in the first bytes — is read from those bytes
 * directly; anything else (another encoding, an escape, odd spacing) goes to Jackson, whose answer
 * this always matches.
 */
final class FirstKey {
  private static final int PREFIX = 256;

  private FirstKey() {}

  static String of(Path file, JsonFactory factory) {
    byte[] prefix = new byte[PREFIX];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(prefix, 0, PREFIX);
    } catch (IOException e) {
      return "";
    }
    String quick = quickly(prefix, length);
    return quick != null ? quick : withJackson(file, factory);
  }

  /**
   * The key when the prefix is {@code [BOM] ws { ws "ascii-key" ws : ws} followed by the start of
   * an object, an array or a string; null when anything else is there.
   */
  private static String quickly(byte[] b, int length) {
    int i = 0;
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    i = skipWhitespace(b, i, length);
    if (i >= length || b[i] != '{') {
      return null;
    }
    i = skipWhitespace(b, i + 1, length);
    if (i >= length || b[i] != '"') {
      return null;
    }
    int start = ++i;
    while (i < length && b[i] != '"') {
      if (b[i] == '\\' || b[i] < 0x20) { // escapes, control and non-ASCII bytes (negative)
        return null;
      }
      i++;
    }
    if (i >= length) {
      return null;
    }
    String key = new String(b, start, i - start, StandardCharsets.US_ASCII);
    i = skipWhitespace(b, i + 1, length);
    if (i >= length || b[i] != ':') {
      return null;
    }
    i = skipWhitespace(b, i + 1, length);
    return i < length && (b[i] == '[' || b[i] == '{' || b[i] == '"') ? key : null;
  }

  private static int skipWhitespace(byte[] b, int i, int length) {
    while (i < length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  private static String withJackson(Path file, JsonFactory factory) {
    try (JsonParser p = factory.createParser(file.toFile())) {
      return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
