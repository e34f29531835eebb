package dev.rapport.activity.log;

import dev.rapport.activity.way.ActivityType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An activity was logged, changed or is being deleted: fired synchronously inside the writing
 * transaction (for a delete, before the row goes), so features that keep state about an activity
 * (inboxes, responses) keep it in that transaction. {@code before} and {@code after} are its
 * counterparts before and after the write: empty before a log, empty after a delete; {@code kind}
 * and {@code catalogId} (a course or discussion, or null) are the activity's after the write.
 */
public record ActivityWritten(
    Write write,
    UUID activityId,
    UUID memberId,
    ActivityType type,
    String kind,
    UUID catalogId,
    List<UUID> before,
    List<UUID> after,
    Instant at) {

  public enum Write {
    LOGGED,
    CHANGED,
    DELETED
  }
}
