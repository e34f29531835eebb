package dev.rapport.activity.activity;

import dev.rapport.common.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The position after which the next page starts: the last item's (occurredAt, id), opaque. */
public record ActivityCursor(Instant occurredAt, UUID id) {

  public String encode() {
    String raw = occurredAt + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static ActivityCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      return new ActivityCursor(
          Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
    }
  }
}
