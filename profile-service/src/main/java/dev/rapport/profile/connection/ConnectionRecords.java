package dev.rapport.profile.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the connection endpoints read and write. */
public final class ConnectionRecords {

  private ConnectionRecords() {}

  public enum Status {
    PENDING,
    ACCEPTED,
    DECLINED
  }

  public enum Context {
    COLLEAGUE,
    CLIENT,
    CLASSMATE,
    FRIEND,
    PEER,
    MENTOR
  }

  @Schema(name = "ConnectionRequest")
  public record ConnectionRequest(
      @NotNull
          @Schema(
              description = "The member asked to connect",
              examples = "9b2d7c1e-4f3a-4e8b-8c6d-2a1b0c9d8e7f")
          UUID memberId,
      @NotNull @Schema(examples = "CLASSMATE") Context context,
      @Size(max = 500)
          @Schema(examples = "We were both in the 2014 statistics cohort; let's catch up!")
          String note) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @Schema(name = "Connection")
  public record ConnectionView(
      @Schema(examples = "c5e1a0b2-1d2e-4f3a-9b8c-7d6e5f4a3b2c") UUID id,
      @Schema(examples = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40") UUID requesterId,
      @Schema(examples = "9b2d7c1e-4f3a-4e8b-8c6d-2a1b0c9d8e7f") UUID addresseeId,
      @Schema(
              description = "The other member, seen from the member in the path",
              examples = "9b2d7c1e-4f3a-4e8b-8c6d-2a1b0c9d8e7f")
          UUID memberId,
      @Schema(examples = "PENDING") Status status,
      @Schema(examples = "CLASSMATE") Context context,
      @Schema(examples = "We were both in the 2014 statistics cohort; let's catch up!") String note,
      Instant createdAt,
      Instant updatedAt) {

    static ConnectionView of(Connection c, UUID viewer) {
      return new ConnectionView(
          c.id,
          c.requesterId,
          c.addresseeId,
          c.other(viewer),
          c.status,
          c.context,
          c.note,
          c.createdAt,
          c.updatedAt);
    }
  }

  /** The connection as the change feed carries it. */
  public record ConnectionData(
      UUID id, UUID requesterId, UUID addresseeId, Status status, Context context) {
    static ConnectionData of(Connection c) {
      return new ConnectionData(c.id, c.requesterId, c.addresseeId, c.status, c.context);
    }
  }

  @Schema(name = "ConnectionPage")
  public record ConnectionPage(
      List<ConnectionView> items,
      @Schema(description = "Pass as cursor= for the next page; null on the last page")
          String nextCursor) {}

  @Schema(name = "ConnectionIds")
  public record ConnectionIds(
      @Schema(description = "The members with an accepted connection") List<UUID> memberIds) {}
}
