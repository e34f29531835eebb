package dev.rapport.common.changefeed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a change feed (profile-service's member-changes or activity-service's
 * activity-changes) as a follower reads it: only the fields followers use, unknown ones ignored.
 * The serving side's records, with their OpenAPI schemas, stay in each service.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPage(List<Change> changes, String nextCursor) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Change(
      String cursor,
      String entity,
      UUID entityId,
      UUID memberId,
      String operation,
      Instant changedAt,
      JsonNode data) {

    public boolean isDelete() {
      return "DELETE".equals(operation);
    }
  }
}
