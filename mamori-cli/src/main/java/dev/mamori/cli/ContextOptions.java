package dev.mamori.cli;

import dev.mamori.iam.condition.RequestContext;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --context KEY=VALUE}, repeatable; a key given twice is multi-valued. */
final class ContextOptions {

  @Option(names = "--context", paramLabel = "KEY=VALUE",
      description = "A condition key of the request (repeat for more keys or more values of one key).")
  List<String> entries = new ArrayList<>();

  RequestContext context() {
    RequestContext.Builder b = RequestContext.builder();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException("--context " + entry + ": expected KEY=VALUE, such as aws:SourceIp=203.0.113.7");
      }
      b.add(entry.substring(0, eq), entry.substring(eq + 1));
    }
    return b.build();
  }
}
