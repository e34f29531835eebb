package dev.rapport.profile.changefeed;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.connection.ConnectionRecords;
import dev.rapport.profile.member.MemberRecords;
import dev.rapport.profile.positioning.PositioningRecords;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the change feed reads: its schema names the records of the features it carries. */
public final class FeedRecords {

  private FeedRecords() {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "MemberChange")
  public record Change(
      @Schema(description = "Resume after this change with after=<cursor>", examples = "OTg3fDEy")
          String cursor,
      @Schema(examples = "MEMBER") ChangeEntity entity,
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID entityId,
      @Schema(
              description = "The member the change belongs to (for a connection: its requester)",
              examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40")
          UUID memberId,
      @Schema(examples = "UPSERT") Operation operation,
      Instant changedAt,
      @Schema(
              description =
                  "MEMBER: the MemberProfile with every section; POSITIONING: the positioning with"
                      + " its visibility; CONNECTION: {id, requesterId, addresseeId, status,"
                      + " context}; null for DELETE",
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
              nullable = true,
              anyOf = {
                MemberRecords.MemberProfile.class,
                PositioningRecords.PositioningView.class,
                ConnectionRecords.ConnectionData.class
              })
          Object data) {}

  @Schema(name = "MemberChangePage")
  public record ChangePage(
      List<Change> changes,
      @Schema(
              description = "Pass as after= next time; equals the after value when nothing is new",
              examples = "OTg3fDEy")
          String nextCursor) {}
}
