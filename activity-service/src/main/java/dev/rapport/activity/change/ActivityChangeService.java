package dev.rapport.activity.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.activity.activity.ActivityView;
import dev.rapport.common.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Records every activity change with the write that makes it, and serves the feed. */
@ApplicationScoped
public class ActivityChangeService {

  private final ActivityChangeRepository changes;
  private final ObjectMapper json;
  private final Clock clock;

  public ActivityChangeService(ActivityChangeRepository changes, ObjectMapper json, Clock clock) {
    this.changes = changes;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(ActivityView view) {
    try {
      changes.insert(
          view.id(), view.memberId(), "UPSERT", clock.instant(), json.writeValueAsString(view));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(UUID activityId, UUID memberId) {
    changes.insert(activityId, memberId, "DELETE", clock.instant(), null);
  }

  /**
   * An erased member's activities: their earlier snapshots leave the feed and one DELETE each is
   * published, so consumers drop them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erased(List<UUID> activityIds, UUID memberId) {
    if (activityIds.isEmpty()) {
      return;
    }
    changes.prune(activityIds);
    changes.insertDeletes(activityIds, memberId, clock.instant());
  }

  /**
   * Another member's activity that named an erased member, now without them: its earlier snapshots
   * (which name them) leave the feed and the current one is published.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void redacted(ActivityView view) {
    changes.prune(List.of(view.id()));
    upsert(view);
  }

  public ChangePage after(String cursor, int limit) {
    String tx = "0";
    long seq = 0;
    if (cursor != null && !cursor.isBlank()) {
      try {
        String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String[] parts = raw.split(":");
        tx = String.valueOf(Long.parseUnsignedLong(parts[0]));
        seq = Long.parseLong(parts[1]);
      } catch (RuntimeException e) {
        throw ProblemException.invalid("after", "is not a cursor returned by this feed");
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

  private static String encode(String tx, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((tx + ":" + seq).getBytes(StandardCharsets.UTF_8));
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
