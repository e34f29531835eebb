package dev.rapport.activity.log;

import dev.rapport.common.web.OpaqueCursors;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The position after which the next page starts: the last item's (occurredAt, id), opaque. */
public record ActivityCursor(Instant occurredAt, UUID id) {

  public String encode() {
    return OpaqueCursors.encode(occurredAt.toString(), id.toString());
  }

  public static ActivityCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    List<String> parts = OpaqueCursors.decode("cursor", cursor, 2);
    try {
      return new ActivityCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
    } catch (RuntimeException e) {
      throw OpaqueCursors.invalid("cursor");
    }
  }
}
