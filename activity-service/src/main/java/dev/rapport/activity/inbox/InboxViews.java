package dev.rapport.activity.inbox;

import dev.rapport.activity.response.ResponseKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the inbox API reads. */
public final class InboxViews {

  private InboxViews() {}

  @Schema(name = "InboxItem")
  public record InboxItem(
      @Schema(examples = "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716") UUID id,
      @Schema(examples = "KNOWLEDGE_SHARE") InboxKind kind,
      @Schema(description = "When it reached the inbox", examples = "2026-11-21T09:12:00Z")
          Instant arrivedAt,
      @Schema(examples = "false") boolean read,
      @Schema(description = "When it was marked read; absent while unread", nullable = true)
          Instant readAt,
      Sender sender,
      @Schema(
              description =
                  "The share or contribution (for RESPONSE: the one responded to); absent for"
                      + " connection items",
              nullable = true,
              examples = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
          UUID activityId,
      @Schema(description = "For KNOWLEDGE_SHARE, and for a RESPONSE to a share", nullable = true)
          SharedKnowledge knowledgeShare,
      @Schema(
              description = "For CONTRIBUTION, and for a RESPONSE to a contribution",
              nullable = true)
          ContributionMade contribution,
      @Schema(description = "For RESPONSE", nullable = true) ResponseMade response,
      @Schema(description = "For STUDY_CIRCLE_POST", nullable = true) LearningShared learning,
      @Schema(
              description = "For STUDY_CIRCLE_INVITATION: the circle (GET /study-circles/{id})",
              nullable = true,
              examples = "2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182")
          UUID studyCircleId,
      @Schema(
              description = "For CONNECTION_REQUEST and CONNECTION_ACCEPTED",
              nullable = true,
              examples = "7c6b5a49-3827-4f16-8e5d-4c3b2a190807")
          UUID connectionId) {}

  @Schema(name = "InboxSender")
  public record Sender(
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID id,
      @Schema(
              description = "Absent for a moment when the member registered seconds ago",
              nullable = true,
              examples = "Ana Lima")
          String displayName) {}

  @Schema(name = "InboxKnowledgeShare")
  public record SharedKnowledge(
      @Schema(examples = "Designing Data-Intensive Applications, chapter 5") String title,
      @Schema(examples = "https://example.org/ddia/replication") String url,
      String takeaway,
      String whyItMatters,
      @Schema(examples = "EMAIL") String channel,
      @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt) {}

  @Schema(name = "InboxContribution")
  public record ContributionMade(
      @Schema(examples = "MENTORING") String kind,
      String description,
      @Schema(nullable = true, examples = "1.5") BigDecimal hours,
      @Schema(nullable = true) String community,
      @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt) {}

  @Schema(name = "InboxLearning")
  public record LearningShared(
      @Schema(examples = "INSIGHT") String kind,
      @Schema(examples = "7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a") UUID courseId,
      @Schema(nullable = true, description = "For PROGRESS", examples = "40") Integer percent,
      @Schema(nullable = true, description = "For INSIGHT") String insight,
      @Schema(examples = "2026-11-20T18:30:00Z") Instant occurredAt) {}

  @Schema(name = "InboxResponse")
  public record ResponseMade(
      @Schema(examples = "0b7e6d5c-4a3b-4c2d-9e1f-0a9b8c7d6e5f") UUID id,
      @Schema(examples = "THANKS") ResponseKind kind,
      @Schema(nullable = true) String text) {}

  @Schema(name = "InboxPage")
  public record InboxPage(
      List<InboxItem> items,
      @Schema(description = "Pass as cursor for the next page; null on the last", nullable = true)
          String nextCursor) {}

  @Schema(name = "InboxSummary")
  public record InboxSummary(
      @Schema(description = "Unread items in all", examples = "3") long unread,
      @Schema(
              description = "Unread items per kind; every kind is present, 0 when none",
              examples =
                  "{\"KNOWLEDGE_SHARE\":2,\"CONTRIBUTION\":0,\"RESPONSE\":1,"
                      + "\"CONNECTION_REQUEST\":0,\"CONNECTION_ACCEPTED\":0}")
          Map<InboxKind, Long> unreadByKind) {}

  @Schema(name = "InboxReadAll")
  public record ReadAll(
      @Schema(description = "How many unread items this call marked read", examples = "3")
          int marked) {}
}
