package dev.mamori.cli;

/** Output formats of commands that offer text for people and JSON for scripts. */
enum OutputFormat {
  text,
  json
}
