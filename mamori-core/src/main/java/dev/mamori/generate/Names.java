package dev.mamori.generate;

import java.util.List;

/** The vocabulary of the synthetic company: its services, teams and people. */
final class Names {
  static final List<String> SERVICES = List.of("orders", "payments", "catalog", "search", "auth", "billing",
      "inventory", "shipping", "notifications", "reporting", "pricing", "recommendations");
  static final List<String> TEAMS = List.of("platform", "payments", "storefront", "growth", "data", "security");
  static final List<String> GIVEN = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
      "ivan", "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yuki");
  static final List<String> FAMILY = List.of("tanaka", "smith", "garcia", "muller", "rossi", "kim", "nguyen",
      "silva", "kowalski", "dubois", "ito", "jones", "martin", "lopez", "sato", "brown", "wilson", "moreau");

  private Names() {}

  static String service(int i) {
    return SERVICES.get(Math.floorMod(i, SERVICES.size()));
  }

  static String team(int i) {
    return TEAMS.get(Math.floorMod(i, TEAMS.size()));
  }

  /** A user name such as {@code alice.tanaka}, unique per index (a number is added on wrap-around). */
  static String person(int i) {
    int given = i % GIVEN.size();
    int family = (i / GIVEN.size()) % FAMILY.size();
    int round = i / (GIVEN.size() * FAMILY.size());
    return GIVEN.get(given) + "." + FAMILY.get(family) + (round == 0 ? "" : String.valueOf(round + 1));
  }
}
