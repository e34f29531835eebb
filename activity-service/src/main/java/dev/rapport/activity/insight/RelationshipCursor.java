package dev.rapport.activity.insight;

import dev.rapport.common.web.OpaqueCursors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The position after which the next page of relationships starts: the instant the first page was
 * computed at, and the last item's (strength, counterpartId), opaque. Strengths all decay by the
 * same factor, so the order is stable; pinning the instant makes page boundaries compare exactly.
 */
public record RelationshipCursor(Instant asOf, BigDecimal strength, UUID counterpartId) {

  public String encode() {
    return OpaqueCursors.encode(
        asOf.toString(), strength.toPlainString(), counterpartId.toString());
  }

  public static RelationshipCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    List<String> parts = OpaqueCursors.decode("cursor", cursor, 3);
    try {
      return new RelationshipCursor(
          Instant.parse(parts.get(0)), new BigDecimal(parts.get(1)), UUID.fromString(parts.get(2)));
    } catch (RuntimeException e) {
      throw OpaqueCursors.invalid("cursor");
    }
  }
}
