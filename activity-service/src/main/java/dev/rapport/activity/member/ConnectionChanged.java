package dev.rapport.activity.member;

import java.time.Instant;
import java.util.UUID;

/**
 * A connection changed in profile-service, as its member-changes feed told (also when the feed is
 * read again from its start). Fired synchronously inside the transaction that applies the change.
 * For a DELETE, or a change naming an erased member, only the connection id is given: requester,
 * addressee and status are null, and the connection counts as gone.
 */
public record ConnectionChanged(
    UUID connectionId, UUID requesterId, UUID addresseeId, String status, Instant changedAt) {

  public boolean deleted() {
    return status == null;
  }
}
