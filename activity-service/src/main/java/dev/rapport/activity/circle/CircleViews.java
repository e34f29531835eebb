package dev.rapport.activity.circle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the study-circles API reads and writes. */
public final class CircleViews {

  private CircleViews() {}

  @Schema(name = "StudyCircleRequest")
  public record CircleRequest(
      @NotNull
          @Schema(
              description = "The catalog course the circle studies (not checked here)",
              examples = "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a")
          UUID courseId,
      @NotNull
          @Schema(
              description = "The day each member's weekly insight is due",
              examples = "THURSDAY")
          DayOfWeek weeklyDay,
      @NotNull
          @Size(min = 1, max = 20)
          @Schema(
              description = "1 to 20 of the caller's accepted connections",
              examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
          List<UUID> invitees) {}

  @Schema(name = "StudyCircleMember")
  public record CircleMember(
      @Schema(examples = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID memberId,
      @Schema(nullable = true, examples = "Bruno Costa") String displayName,
      @Schema(examples = "MEMBER") CircleStatus status,
      @Schema(description = "Since when the member has had this status") Instant since) {}

  @Schema(name = "StudyCirclePost")
  public record CirclePost(
      @Schema(examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID activityId,
      @Schema(examples = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID memberId,
      @Schema(examples = "INSIGHT") String kind,
      @Schema(nullable = true, description = "For PROGRESS", examples = "40") Integer percent,
      @Schema(nullable = true, description = "For INSIGHT") String insight,
      @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt) {}

  @Schema(name = "StudyCircle")
  public record StudyCircle(
      @Schema(examples = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182") UUID id,
      @Schema(examples = "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a") UUID courseId,
      @Schema(examples = "THURSDAY") DayOfWeek weeklyDay,
      @Schema(description = "Who created it (or, after they left, the longest member)")
          UUID ownerId,
      Instant createdAt,
      @Schema(description = "Members, invitees and those who declined") List<CircleMember> members,
      @Schema(
              description =
                  "The members' enrolments, progress and insights on the course, newest first (the"
                      + " latest 50); absent for an invitee who has not accepted",
              nullable = true)
          List<CirclePost> learning) {}

  @Schema(name = "StudyCircleList")
  public record CircleList(List<StudyCircle> items) {}
}
