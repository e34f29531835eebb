package dev.rapport.activity.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.activity.change.ActivityChangeRepository;
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

  private final ActivityChangeRepository changes;
  private final ObjectMapper json;

  public ActivityChangeFeed(ActivityChangeRepository changes, ObjectMapper json) {
    this.changes = changes;
    this.json = json;
  }

  public ChangePage after(String cursor, int limit) {
    String tx = "0";
    long seq = 0;
    if (cursor != null && !cursor.isBlank()) {
      String position = OpaqueCursors.decode("after", cursor, 1).get(0);
      try {
        String[] parts = position.split(":");
        tx = String.valueOf(Long.parseUnsignedLong(parts[0]));
        seq = Long.parseLong(parts[1]);
      } catch (RuntimeException e) {
        throw OpaqueCursors.invalid("after");
      }
    }
    List<ActivityChangeRepository.Row> rows = changes.after(tx, seq, limit);
    List<ChangePage.Change> items =
        rows.stream()
            .map(
                r ->
                    new ChangePage.Change(
                        encode(r.tx(), r.seq()),
                        "ACTIVITY",
                        r.activityId(),
                        r.memberId(),
                        r.operation(),
                        r.changedAt(),
                        parse(r.data())))
            .toList();
    String next =
        items.isEmpty()
            ? (cursor == null ? encode("0", 0) : cursor)
            : items.get(items.size() - 1).cursor();
    return new ChangePage(items, next);
  }

  /**
   * One part {@code tx:seq}, not two: consumers keep their position in their database, so the
   * cursors issued before the shared codec keep their bytes and stay valid.
   */
  private static String encode(String tx, long seq) {
    return OpaqueCursors.encode(tx + ":" + seq);
  }

  private JsonNode parse(String data) {
    if (data == null) {
      return null;
    }
    try {
      return json.readTree(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
