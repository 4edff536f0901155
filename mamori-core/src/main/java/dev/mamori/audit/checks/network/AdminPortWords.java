package dev.mamori.audit.checks.network;

import java.util.List;

/** How lists of administration services read in messages: {@code tcp 22, udp 22 and tcp 3389}. */
final class AdminPortWords {
  private AdminPortWords() {}

  static String list(List<?> items) {
    List<String> words = items.stream().map(Object::toString).toList();
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  /** A note on the services whose answer hangs on data the snapshot lacks, when a finding has other news. */
  static String alsoUnknown(List<AdminService> unknown, List<String> reasons) {
    if (unknown.isEmpty()) {
      return "";
    }
    return "; " + list(unknown) + " could not be evaluated (" + String.join("; ", reasons) + ")";
  }
}
