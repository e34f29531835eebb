package dev.rapport.recommendation.catalog;

import dev.rapport.common.web.OpaqueCursors;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position: the sort key of the last row returned and its id, opaque to clients. The id
 * comes first, the free-text key last (it may contain the codec's separator).
 */
record PageCursor(String key, UUID id) {

  String encode() {
    return OpaqueCursors.encode(id.toString(), key);
  }

  static PageCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    List<String> parts = OpaqueCursors.decode("cursor", cursor, 2);
    try {
      return new PageCursor(parts.get(1), UUID.fromString(parts.get(0)));
    } catch (IllegalArgumentException e) {
      throw OpaqueCursors.invalid("cursor");
    }
  }
}
