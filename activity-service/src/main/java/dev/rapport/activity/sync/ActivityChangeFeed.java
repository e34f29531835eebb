package dev.rapport.activity.sync;

import dev.rapport.activity.change.ActivityChangeService;
import dev.rapport.common.changefeed.ChangePosition;
import dev.rapport.common.web.OpaqueCursors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Serves the activity change feed that {@code dev.rapport.activity.change} records. Its own package
 * because its page's schema names the activity: {@code change} stays below the features that record
 * into it, this sits above them.
 */
@ApplicationScoped
public class ActivityChangeFeed {

  private final ActivityChangeService changes;

  public ActivityChangeFeed(ActivityChangeService changes) {
    this.changes = changes;
  }

  public ChangePage after(String cursor, int limit) {
    ChangePosition position =
        cursor != null && !cursor.isBlank() ? decode(cursor) : ChangePosition.START;
    List<ChangePage.Change> items =
        changes.after(position, limit).stream()
            .map(
                r ->
                    new ChangePage.Change(
                        encode(r.position()),
                        ActivityChangeService.ENTITY,
                        r.entityId(),
                        r.memberId(),
                        r.operation(),
                        r.changedAt(),
                        changes.data(r)))
            .toList();
    String next =
        items.isEmpty()
            ? (cursor == null ? encode(ChangePosition.START) : cursor)
            : items.get(items.size() - 1).cursor();
    return new ChangePage(items, next);
  }

  /**
   * One part {@code tx:seq}, not two: consumers keep their position in their database, so the
   * cursors issued before the shared codec keep their bytes and stay valid.
   */
  private static String encode(ChangePosition position) {
    return OpaqueCursors.encode(position.tx() + ":" + position.seq());
  }

  private static ChangePosition decode(String cursor) {
    String position = OpaqueCursors.decode("after", cursor, 1).get(0);
    try {
      String[] parts = position.split(":");
      return new ChangePosition(
          String.valueOf(Long.parseUnsignedLong(parts[0])), Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw OpaqueCursors.invalid("after");
    }
  }
}
