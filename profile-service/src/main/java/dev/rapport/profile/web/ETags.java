package dev.rapport.profile.web;

import dev.rapport.common.web.ProblemException;
import dev.rapport.common.web.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/** Versions as strong ETags, and the If-Match rules every write on an existing resource follows. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version the client last read, from If-Match; 428 when the header is missing, 412 when it
   * names no version or another one than {@code current}. {@code *} matches any version.
   */
  public static void require(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag of your last read, so that no one else's change is"
              + " overwritten.");
    }
    if (!matches(ifMatch, current)) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The resource was changed since you read it (now at ETag \""
              + current
              + "\"); read it again and retry with its new ETag.");
    }
  }

  /** Like {@link #require} but a missing If-Match is allowed. */
  public static void check(String ifMatch, long current) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      require(ifMatch, current);
    }
  }

  static boolean matches(String ifMatch, long current) {
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*")) {
        return true;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (tag.equals(Long.toString(current))) {
        return true;
      }
    }
    return false;
  }
}
