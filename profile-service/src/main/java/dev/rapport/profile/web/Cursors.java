package dev.rapport.profile.web;

import dev.rapport.common.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Opaque base64url cursors holding a few '|'-separated values. */
public final class Cursors {

  private Cursors() {}

  public static String encode(String... parts) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor's parts; 400 naming {@code name} when it is not one of ours or has another shape.
   */
  public static List<String> decode(String name, String cursor, String kind, int parts) {
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      List<String> values = List.of(text.split("\\|", -1));
      if (values.size() != parts + 1 || !values.get(0).equals(kind)) {
        throw new IllegalArgumentException();
      }
      return values.subList(1, values.size());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, "is not a cursor returned by this operation");
    }
  }
}
