package dev.mamori.iam.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a request. Each kind knows its account (none for anonymous callers and AWS service
 * principals) and whether IAM identity policies can apply to it.
 */
public sealed interface RequestPrincipal {
  Pattern IAM_ARN = Pattern.compile("arn:([^:]+):iam::(\\d{12}):(user|role|root)(/.*)?");
  Pattern STS_ARN = Pattern.compile("arn:([^:]+):sts::(\\d{12}):(assumed-role|federated-user)/(.+)");
  Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  /** The account the principal belongs to; empty for anonymous and service principals. */
  Optional<String> accountId();

  /** The ARN the request is made as ({@code aws:PrincipalArn} for sessions is the role's). */
  String arn();

  /**
   * Whether the principal belongs to this account: {@code accountId()} compared without the
   * Optional it makes, for checks that run on every decision.
   */
  boolean inAccount(String accountId);

  /** A user, role, role session, federated user: SCPs and identity policies apply. */
  default boolean isIamIdentity() {
    return accountId().isPresent() && !(this instanceof RootUser);
  }

  record IamUser(String arn, String account, String name) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return account.equals(accountId);
    }

    public Optional<String> accountId() {
      return Optional.of(account);
    }
  }

  /** A role acting as itself (a caller identified by its role ARN rather than a session). */
  record IamRole(String arn, String account, String name) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return account.equals(accountId);
    }

    public Optional<String> accountId() {
      return Optional.of(account);
    }
  }

  /** An assumed-role session; {@code roleName} is the role part of the session ARN. */
  record RoleSession(String arn, String account, String roleName, String sessionName) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return account.equals(accountId);
    }

    public Optional<String> accountId() {
      return Optional.of(account);
    }

    public String partition() {
      return arn.split(":", 3)[1];
    }
  }

  record FederatedUser(String arn, String account, String name) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return account.equals(accountId);
    }

    public Optional<String> accountId() {
      return Optional.of(account);
    }
  }

  record RootUser(String account, String partition) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return account.equals(accountId);
    }

    public RootUser(String account) {
      this(account, "aws");
    }

    public Optional<String> accountId() {
      return Optional.of(account);
    }

    public String arn() {
      return "arn:" + partition + ":iam::" + account + ":root";
    }
  }

  /** An unauthenticated caller: only a resource policy granting to everyone lets it in. */
  record Anonymous() implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return false;
    }

    public Optional<String> accountId() {
      return Optional.empty();
    }

    public String arn() {
      return "anonymous";
    }
  }

  record ServicePrincipal(String service) implements RequestPrincipal {
    public boolean inAccount(String accountId) {
      return false;
    }

    public Optional<String> accountId() {
      return Optional.empty();
    }

    public String arn() {
      return service;
    }
  }

  /**
   * Reads a principal as it is written on the command line or in test data: an IAM user, role
   * or root ARN, an STS assumed-role or federated-user ARN, {@code anonymous}, or a service
   * principal such as {@code s3.amazonaws.com}.
   */
  static Optional<RequestPrincipal> parse(String text) {
    String t = text.trim();
    if (t.equals("anonymous") || t.equals("*")) {
      return Optional.of(new Anonymous());
    }
    if (ACCOUNT_ID.matcher(t).matches()) {
      return Optional.of(new RootUser(t));
    }
    Matcher iam = IAM_ARN.matcher(t);
    if (iam.matches()) {
      String account = iam.group(2);
      String rest = iam.group(4) == null ? "" : iam.group(4);
      String name = rest.substring(rest.lastIndexOf('/') + 1);
      return switch (iam.group(3)) {
        case "root" -> rest.isEmpty() ? Optional.of(new RootUser(account, iam.group(1))) : Optional.empty();
        case "user" -> name.isEmpty() ? Optional.empty() : Optional.of(new IamUser(t, account, name));
        default -> name.isEmpty() ? Optional.empty() : Optional.of(new IamRole(t, account, name));
      };
    }
    Matcher sts = STS_ARN.matcher(t);
    if (sts.matches()) {
      String account = sts.group(2);
      String[] parts = sts.group(4).split("/");
      if (sts.group(3).equals("federated-user")) {
        return Optional.of(new FederatedUser(t, account, sts.group(4)));
      }
      return parts.length >= 2
          ? Optional.of(new RoleSession(t, account, parts[0], parts[parts.length - 1]))
          : Optional.empty();
    }
    if (!t.startsWith("arn:") && t.endsWith(".amazonaws.com") || t.endsWith(".amazonaws.com.cn")) {
      return Optional.of(new ServicePrincipal(t));
    }
    return Optional.empty();
  }
}
