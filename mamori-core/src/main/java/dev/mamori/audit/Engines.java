package dev.mamori.audit;

import dev.mamori.iam.account.AccessQuestions;
import dev.mamori.iam.account.AccountAuthorizer;
import dev.mamori.model.CloudModel;

/**
 * The engines checks ask, built once per audit and only when a check first needs one (building
 * the IAM engine parses every policy of the snapshot). Checks never re-implement their semantics.
 */
public final class Engines {
  private final CloudModel model;
  private AccountAuthorizer authorizer;
  private AccessQuestions accessQuestions;

  private Engines(CloudModel model) {
    this.model = model;
  }

  public static Engines of(CloudModel model) {
    return new Engines(model);
  }

  /** The IAM engine over the snapshot. */
  public synchronized AccountAuthorizer iam() {
    if (authorizer == null) {
      authorizer = new AccountAuthorizer(model);
    }
    return authorizer;
  }

  /** The IAM engine's answers to the audit's access questions (public bucket, public key, lockout). */
  public synchronized AccessQuestions access() {
    if (accessQuestions == null) {
      accessQuestions = new AccessQuestions(iam());
    }
    return accessQuestions;
  }
}
