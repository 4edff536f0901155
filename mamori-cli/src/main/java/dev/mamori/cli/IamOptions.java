package dev.mamori.cli;

/** Checks shared by the IAM commands' options. */
final class IamOptions {
  private IamOptions() {}

  /** An action is {@code service:Name}; anything else is an input error, not a silent "denied". */
  static void requireAction(String action) {
    if (!action.matches("[A-Za-z0-9.\\-]+:[A-Za-z0-9*?\\-]+")) {
      throw new UserInputException("--action " + action + ": expected SERVICE:Action, such as s3:GetObject");
    }
  }
}
