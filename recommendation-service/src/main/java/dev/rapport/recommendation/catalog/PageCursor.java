package dev.rapport.recommendation.catalog;

import dev.rapport.common.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** A keyset position: the sort key of the last row returned and its id, opaque to clients. */
record PageCursor(String key, UUID id) {

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((key + "\n" + id).getBytes(StandardCharsets.UTF_8));
  }

  static PageCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int cut = raw.lastIndexOf('\n');
      return new PageCursor(raw.substring(0, cut), UUID.fromString(raw.substring(cut + 1)));
    } catch (RuntimeException e) {
      throw ProblemException.invalid("cursor", "is not a cursor this listing returned");
    }
  }
}
