package dev.mamori.model;

import java.util.List;
import java.util.Optional;

/** A bucket's access control list. */
public record BucketAcl(Optional<String> ownerId, List<Grant> grants) {

  public static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
  public static final String AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

  /** One grant: a grantee (canonical user, group URI or e-mail) and a permission. */
  public record Grant(String granteeType, Optional<String> granteeId, Optional<String> granteeUri, String permission) {
    /** Grants to everyone, or to every AWS account holder, make a bucket public. */
    public boolean isPublic() {
      return granteeUri.filter(u -> u.equals(ALL_USERS) || u.equals(AUTHENTICATED_USERS)).isPresent();
    }
  }

  public BucketAcl {
    grants = List.copyOf(grants);
  }
}
