package dev.rapport.activity.log;

import dev.rapport.activity.log.Kinds.Channel;
import dev.rapport.activity.log.Kinds.ContributionKind;
import dev.rapport.activity.log.Kinds.DiscussionKind;
import dev.rapport.activity.log.Kinds.LearningKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of each activity type, in requests and in the activity view alike. */
public final class ActivityDetails {
  private ActivityDetails() {}

  @Schema(
      name = "Contribution",
      description =
          "Way 2: time, skills or expertise given. At least one beneficiary: member ids and/or a"
              + " community name.")
  public record Contribution(
      @NotNull @Schema(examples = "MENTORING") ContributionKind kind,
      @Size(max = 50)
          @Schema(
              description = "Members who benefited",
              examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
          List<@NotNull UUID> beneficiaries,
      @Size(max = 200)
          @Schema(description = "A community that benefited", examples = "Lisbon Java User Group")
          String community,
      @DecimalMin(value = "0", inclusive = false)
          @DecimalMax("24")
          @Schema(description = "Hours given, more than 0 and at most 24", examples = "1.5")
          BigDecimal hours,
      @NotNull
          @Size(min = 1, max = 2000)
          @Schema(examples = "Reviewed her conference talk and rehearsed the demo")
          String description) {}

  @Schema(
      name = "Discussion",
      description =
          "Way 3: taking part in a discussion, identified by exactly one of discussionId (catalog"
              + " of recommendation-service, not checked here) or url.")
  public record Discussion(
      @NotNull @Schema(examples = "VIDEO_CALL") DiscussionKind kind,
      @Schema(examples = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a") UUID discussionId,
      @Size(max = 2048) @Schema(examples = "https://forum.example.org/t/virtual-threads/42")
          String url,
      @Size(max = 50)
          @Schema(
              description = "Members who took part; at least one for a VIDEO_CALL",
              examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
          List<@NotNull UUID> participants) {}

  @Schema(
      name = "KnowledgeShare",
      description =
          "Way 4: an article shared with what the member learned and why it is worth the"
              + " recipients' time. EMAIL and CHAT need at least one recipient; a FEED post may"
              + " have none.")
  public record KnowledgeShare(
      @NotNull @Size(max = 2048) @Schema(examples = "https://martinfowler.com/articles/cqrs.html")
          String url,
      @NotNull @Size(min = 1, max = 300) @Schema(examples = "CQRS") String title,
      @NotNull
          @Size(min = 20, max = 2000)
          @Schema(
              description = "What the member learned, at least 20 characters",
              examples = "Separate read models pay off only where reads and writes diverge")
          String takeaway,
      @NotNull
          @Size(min = 20, max = 2000)
          @Schema(
              description = "Why it is worth the recipients' time, at least 20 characters",
              examples = "Your team is debating a read model for the search page")
          String whyItMatters,
      @Size(max = 50)
          @Schema(
              description = "Members it was sent to",
              examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
          List<@NotNull UUID> recipients,
      @NotNull @Schema(examples = "CHAT") Channel channel) {}

  @Schema(
      name = "Learning",
      description =
          "Way 5: learning a course of recommendation-service's catalog (courseId not checked"
              + " here). PROGRESS needs percent; INSIGHT needs insight.")
  public record Learning(
      @NotNull @Schema(examples = "PROGRESS") LearningKind kind,
      @NotNull @Schema(examples = "2b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e") UUID courseId,
      @Min(0) @Max(100) @Schema(examples = "40") Integer percent,
      @Size(min = 20, max = 2000)
          @Schema(
              examples = "Sagas trade isolation for availability; compensations must be idempotent")
          String insight,
      @Size(max = 50)
          @Schema(
              description = "Members studying along",
              examples = "[\"6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]")
          List<@NotNull UUID> companions) {}
}
