package dev.rapport.activity.insight;

import dev.rapport.activity.way.ActivityType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a member's log adds up to, as the API shows it. */
public final class InsightViews {
  private InsightViews() {}

  @Schema(name = "ActivitySummary")
  public record Summary(
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID memberId,
      @Schema(examples = "P30D") String window,
      @Schema(description = "Start of the window", examples = "2026-10-26T22:00:00Z") Instant from,
      @Schema(description = "When the summary was computed", examples = "2026-11-25T22:00:00Z")
          Instant asOf,
      @Schema(examples = "14") long total,
      @Schema(description = "Sum of the activities' weights", examples = "96") long totalWeight,
      @Schema(description = "Counts per way (2 to 5), all four listed") List<WayCount> ways,
      @Schema(description = "Counts per type and kind") List<KindCount> kinds,
      @Schema(description = "Hours of contributions given or shared", examples = "6.5")
          BigDecimal hoursContributed,
      @Schema(description = "Distinct counterparts in the window", examples = "9")
          long peopleReached,
      @Schema(
              description =
                  "Weeks in a row (ISO weeks, UTC) with at least one activity, up to this week or"
                      + " the last",
              examples = "3")
          int weeklyStreak,
      @Schema(description = "Ways with no activity in the window", examples = "[\"LEARNING\"]")
          List<ActivityType> waysNotPractised) {}

  @Schema(name = "WayCount")
  public record WayCount(
      @Schema(examples = "2") int way,
      @Schema(examples = "CONTRIBUTION") ActivityType type,
      @Schema(examples = "4") long count,
      @Schema(examples = "40") long weight) {}

  @Schema(name = "KindCount")
  public record KindCount(
      @Schema(examples = "CONTRIBUTION") ActivityType type,
      @Schema(examples = "MENTORING") String kind,
      @Schema(examples = "2") long count) {}

  @Schema(name = "Exchange", description = "Interactions in one direction (MUTUAL counts for both)")
  public record Exchange(
      @Schema(examples = "3") long count, @Schema(examples = "27") long weight) {}

  @Schema(name = "CadenceStatus")
  public record CadenceView(
      @Schema(examples = "14") int everyDays,
      @Schema(
              description =
                  "everyDays after the later of the last interaction and when the cadence was set",
              examples = "2026-12-09T18:30:00Z")
          Instant dueAt,
      @Schema(examples = "false") boolean overdue) {}

  @Schema(name = "Relationship", description = Strength.DESCRIPTION)
  public record Relationship(
      @Schema(examples = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID counterpartId,
      @Schema(examples = "5") long interactions,
      @Schema(examples = "2026-08-02T10:00:00Z") Instant firstInteractionAt,
      @Schema(examples = "2026-11-20T18:30:00Z") Instant lastInteractionAt,
      @Schema(examples = "[\"CONTRIBUTION\", \"DISCUSSION\"]") List<ActivityType> ways,
      Exchange given,
      Exchange received,
      @Schema(
              description = "given.weight - received.weight: positive when the member gave first",
              examples = "12")
          long balance,
      @Schema(examples = "7.25") double strength,
      @Schema(
              enumeration = {"ACTIVE", "FADING", "DORMANT"},
              examples = "ACTIVE")
          String status,
      @Schema(description = "The stay-in-touch cadence, null when none is set")
          CadenceView cadence) {}

  @Schema(name = "RelationshipPage")
  public record RelationshipPage(
      List<Relationship> items,
      @Schema(description = "Pass as cursor for the next page; null on the last page")
          String nextCursor) {}

  /** Fields that do not concern a nudge's kind are left out rather than null. */
  @Schema(name = "Nudge")
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record Nudge(
      @Schema(
              enumeration = {
                "OVERDUE_CADENCE",
                "RECONNECT",
                "GIVE_FIRST",
                "PRACTISE_WAY",
                "INSIGHT_OWED",
                "ADDRESS_SHARE",
                "CIRCLE_INSIGHT_DUE"
              },
              examples = "RECONNECT")
          String kind,
      @Schema(examples = "Your relationship is fading: strength 2.1, last interaction 41 days ago.")
          String reason,
      @Schema(examples = "Reach out with something useful to them.") String action,
      @Schema(examples = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d") UUID counterpartId,
      @Schema(description = "The activity concerned, for ADDRESS_SHARE") UUID activityId,
      @Schema(description = "The course concerned, for INSIGHT_OWED and CIRCLE_INSIGHT_DUE")
          UUID courseId,
      @Schema(description = "The way concerned, for PRACTISE_WAY") ActivityType type,
      @Schema(description = "The study circle concerned, for CIRCLE_INSIGHT_DUE")
          UUID studyCircleId) {}

  @Schema(name = "NudgeList")
  public record NudgeList(List<Nudge> items) {}

  @Schema(name = "CadenceRequest")
  public record CadenceRequest(
      @jakarta.validation.constraints.NotNull
          @jakarta.validation.constraints.Min(1)
          @jakarta.validation.constraints.Max(365)
          @Schema(description = "Stay in touch every this many days, 1 to 365", examples = "14")
          Integer everyDays) {}
}
