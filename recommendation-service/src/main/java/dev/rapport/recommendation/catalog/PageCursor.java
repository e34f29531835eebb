package dev.rapport.recommendation.catalog;

import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.common.web.ProblemException;
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
    try {
      List<String> parts = OpaqueCursors.decode("cursor", cursor, 2);
      return new PageCursor(parts.get(1), UUID.fromString(parts.get(0)));
    } catch (ProblemException | IllegalArgumentException e) {
      return issuedBeforeTheSharedCodec(cursor);
    }
  }

  /** A cursor of the earlier format, still held by a client paging through: key, newline, id. */
  private static PageCursor issuedBeforeTheSharedCodec(String cursor) {
    String text = OpaqueCursors.decode("cursor", cursor, 1).get(0);
    try {
      int cut = text.lastIndexOf('\n');
      return new PageCursor(text.substring(0, cut), UUID.fromString(text.substring(cut + 1)));
    } catch (RuntimeException e) {
      throw OpaqueCursors.invalid("cursor");
    }
  }
}
