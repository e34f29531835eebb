package dev.rapport.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The one codec of the services' opaque paging and feed cursors: a few string parts joined by
 * {@code '|'}, in url-safe base64 without padding. Clients must not read them; a cursor that is not
 * one of ours, or has another shape, is a 400 naming the parameter that carried it.
 *
 * <p>Only the last part may contain {@code '|'}: decoding splits into exactly the expected number
 * of parts, the last taking the rest, so a free-text sort key goes last. Callers that parse the
 * parts answer a part that does not parse with {@link #invalid}.
 */
public final class OpaqueCursors {

  private static final String SEPARATOR = "|";
  private static final String NOT_OURS = "is not a cursor returned by this operation";

  private OpaqueCursors() {}

  /** The cursor holding these parts, in this order. */
  public static String encode(String... parts) {
    return encode(List.of(parts));
  }

  /** The cursor holding these parts, in this order. */
  public static String encode(List<String> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("A cursor holds at least one part");
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      if (parts.get(i).contains(SEPARATOR)) {
        throw new IllegalArgumentException("Only a cursor's last part may contain " + SEPARATOR);
      }
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor's parts.
   *
   * @param field the parameter that carried the cursor, named in the 400
   * @param cursor the cursor as the client sent it
   * @param parts how many parts this kind of cursor holds
   * @throws ProblemException 400 when the cursor is not base64url or has another number of parts
   */
  public static List<String> decode(String field, String cursor, int parts) {
    if (cursor == null) {
      throw invalid(field);
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(field);
    }
    List<String> values = List.of(text.split("\\|", parts));
    if (values.size() != parts) {
      throw invalid(field);
    }
    return values;
  }

  /** The 400 for a cursor, carried by {@code field}, that is not one of ours. */
  public static ProblemException invalid(String field) {
    return ProblemException.invalid(field, NOT_OURS);
  }
}
