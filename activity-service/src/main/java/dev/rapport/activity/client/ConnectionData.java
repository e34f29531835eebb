package dev.rapport.activity.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A CONNECTION change's data in profile-service's member-changes feed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionData(UUID id, UUID requesterId, UUID addresseeId, String status) {

  public boolean accepted() {
    return "ACCEPTED".equals(status);
  }
}
