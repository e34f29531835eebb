package dev.rapport.recommendation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The fields of activity-service's ActivityView this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivityData(
    UUID id,
    UUID memberId,
    String type,
    String kind,
    Instant occurredAt,
    List<String> topics,
    String visibility,
    Learning learning,
    Discussion discussion) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Learning(String kind, String courseId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Discussion(String kind, String discussionId) {}
}
