package dev.rapport.common.security;

import java.util.Set;

/**
 * The audiences Rapport's access tokens are issued for: one per service. Each service accepts only
 * tokens whose {@code aud} names it ({@code mp.jwt.verify.audiences}). A member's access token
 * names all three, since a frontend calls all three with it; a service token names only the
 * services its client may call.
 */
public final class Audiences {
  public static final String PROFILE = "profile-service";
  public static final String ACTIVITY = "activity-service";
  public static final String RECOMMENDATION = "recommendation-service";

  /** Every service: the audience of a member's access token. */
  public static final Set<String> ALL = Set.of(PROFILE, ACTIVITY, RECOMMENDATION);

  private Audiences() {}
}
