package dev.rapport.recommendation.readmodel;

import dev.rapport.recommendation.client.MemberProfile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything recommendation-service holds about one member, for the member's export. */
@Schema(name = "RecommendationExport")
public record MemberExport(
    UUID memberId,
    Instant exportedAt,
    @Schema(description = "Name and headline as last read from member-changes; null when unknown")
        Member member,
    @Schema(description = "The positioning the read model holds and its digest; null when none")
        Positioning positioning,
    @Schema(description = "The member's activities as read from activity-changes")
        List<Activity> activities,
    @Schema(description = "Enrolments and joins derived from the member's activities")
        List<Engagement> engagements,
    @Schema(description = "The member's feedback on recommendations (shown, clicked, dismissed…)")
        List<Feedback> feedback,
    @Schema(description = "The member's accepted connections as the read model keeps them")
        List<Connection> connections) {

  @Schema(name = "RecommendationExportMember")
  public record Member(String displayName, String headline, Instant updatedAt) {}

  @Schema(name = "RecommendationExportPositioning")
  public record Positioning(
      @Schema(description = "The positioning as profile-service sent it")
          MemberProfile.Positioning positioning,
      @Schema(description = "Normalised topics derived from it, and what each audience may see")
          Views views) {}

  @Schema(name = "RecommendationExportViews")
  public record Views(
      List<String> interests,
      List<String> growSkills,
      List<String> expertSkills,
      List<String> goalTopics,
      List<String> affiliations,
      List<String> topics,
      @Schema(description = "What the member's connections may see") List<String> sharedTopics,
      @Schema(description = "What anyone may see") List<String> publicTopics,
      List<String> sharedGoalTopics,
      List<String> publicGoalTopics) {}

  @Schema(name = "RecommendationExportActivity")
  public record Activity(
      UUID id, String type, List<String> topics, boolean shared, Instant occurredAt) {}

  @Schema(name = "RecommendationExportEngagement")
  public record Engagement(
      String itemType,
      UUID itemId,
      String action,
      UUID activityId,
      boolean shared,
      boolean isPublic,
      Instant occurredAt) {}

  @Schema(name = "RecommendationExportFeedback")
  public record Feedback(String itemType, UUID itemId, String action, Instant occurredAt) {}

  @Schema(name = "RecommendationExportConnection")
  public record Connection(UUID connectionId, UUID memberId) {}
}
