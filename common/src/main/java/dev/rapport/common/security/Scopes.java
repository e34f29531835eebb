package dev.rapport.common.security;

/**
 * What a service token may do, carried as groups beside {@link Roles#SERVICE} so that endpoints
 * guard themselves with {@code @RolesAllowed(Scopes.X)}. profile-service grants each client only
 * the scopes it needs (see its {@code rapport.service-clients.*} configuration).
 */
public final class Scopes {
  /**
   * Read members and their connections by id, in batches (activity- and recommendation-service).
   */
  public static final String MEMBERS_READ = "members.read";

  /** Follow profile-service's member-changes feed. */
  public static final String MEMBER_CHANGES_READ = "member-changes.read";

  /** Follow activity-service's activity-changes feed. */
  public static final String ACTIVITY_CHANGES_READ = "activity-changes.read";

  /** Read one member's own recent activities (recommendation-service, for read-your-writes). */
  public static final String ACTIVITIES_READ = "activities.read";

  /** Read everything a service holds about one member, for the member's export. */
  public static final String MEMBER_DATA_EXPORT = "member-data.export";

  private Scopes() {}
}
