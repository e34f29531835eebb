package dev.rapport.recommendation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of a change feed (member-changes or activity-changes), as both services serve it. */
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
