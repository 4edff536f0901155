package dev.mamori.iam.root;

import java.util.List;

/** The root-only tasks of one version of AWS's documentation, with where the list comes from. */
public record RootTaskList(String version, String source, List<RootTask> tasks) {
  public RootTaskList {
    tasks = List.copyOf(tasks);
  }
}
