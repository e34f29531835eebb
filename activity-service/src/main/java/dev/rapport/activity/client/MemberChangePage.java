package dev.rapport.activity.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of profile-service's member-changes feed: only the fields this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberChangePage(List<Change> changes, String nextCursor) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Change(
      String cursor,
      String entity,
      UUID entityId,
      UUID memberId,
      String operation,
      Instant changedAt,
      JsonNode data) {

    /** What the change is about; OTHER for what this service does not keep. */
    public EntityKind kind() {
      return entity == null
          ? EntityKind.OTHER
          : switch (entity) {
            case "MEMBER" -> EntityKind.MEMBER;
            case "CONNECTION" -> EntityKind.CONNECTION;
            default -> EntityKind.OTHER;
          };
    }

    public boolean isDelete() {
      return "DELETE".equals(operation);
    }
  }

  /** The entities of the feed this service keeps a copy of. */
  public enum EntityKind {
    MEMBER,
    CONNECTION,
    /** Positionings and the rest. */
    OTHER
  }

  /** A CONNECTION change's data. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ConnectionData(UUID id, UUID requesterId, UUID addresseeId, String status) {

    public boolean accepted() {
      return "ACCEPTED".equals(status);
    }
  }
}
