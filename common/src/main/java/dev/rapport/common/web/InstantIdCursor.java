package dev.rapport.common.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position in a list ordered by (instant, id), as an opaque cursor ({@link OpaqueCursors})
 * tagged with the list it belongs to, so a cursor of one list is a 400 in another.
 */
public record InstantIdCursor(Instant at, UUID id) {

  public String encode(String list) {
    return OpaqueCursors.encode(list, at.toString(), id.toString());
  }

  /** The position the cursor holds; {@code null} when there is none (the first page). */
  public static InstantIdCursor decode(String field, String cursor, String list) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    List<String> parts = OpaqueCursors.decode(field, cursor, 3);
    try {
      if (!list.equals(parts.get(0))) {
        throw new IllegalArgumentException(list);
      }
      return new InstantIdCursor(Instant.parse(parts.get(1)), UUID.fromString(parts.get(2)));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw OpaqueCursors.invalid(field);
    }
  }
}
