package dev.rapport.profile.export;

import dev.rapport.profile.account.SessionStore.SessionInfo;
import dev.rapport.profile.connection.ConnectionRecords.ConnectionView;
import dev.rapport.profile.member.MemberRecords.MemberProfile;
import dev.rapport.profile.positioning.PositioningRecords.PositioningView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member's export document. */
public final class ExportRecords {

  private ExportRecords() {}

  @Schema(
      name = "MemberExport",
      description =
          "Everything Rapport holds about the member: profile-service's data, and what"
              + " activity-service and recommendation-service answered for the member.")
  public record MemberExport(
      UUID memberId,
      Instant exportedAt,
      ProfileExport profile,
      @Schema(description = "activity-service's GET /api/v1/members/{id}/activity-export")
          Map<String, Object> activity,
      @Schema(
              description =
                  "recommendation-service's GET /api/v1/members/{id}/recommendation-export")
          Map<String, Object> recommendation) {}

  @Schema(name = "ProfileExport")
  public record ProfileExport(
      MemberProfile member,
      PositioningView positioning,
      List<ConnectionView> connections,
      AccountExport account,
      @Schema(description = "Sign-in sessions, without any token") List<SessionInfo> sessions) {}

  @Schema(name = "AccountExport", description = "The account, without its password hash")
  public record AccountExport(String email, boolean admin, Instant createdAt) {}
}
