package dev.rapport.activity.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.changefeed.ChangeOutbox;
import dev.rapport.common.changefeed.ChangePosition;
import dev.rapport.common.changefeed.ChangeRow;
import dev.rapport.common.changefeed.ChangeTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records every activity change with the write that makes it: common's {@link ChangeOutbox} on the
 * activity_change table. The feed's page, whose schema names the activity, is served by {@code
 * dev.rapport.activity.sync}.
 */
@ApplicationScoped
public class ActivityChangeService {

  /** The one kind of entity in the feed (the table has no column for it). */
  public static final String ENTITY = "ACTIVITY";

  private static final ChangeTable TABLE = ChangeTable.of("activity_change", "activity_id");

  private final ChangeOutbox changes;

  public ActivityChangeService(EntityManager em, ObjectMapper json, Clock clock) {
    this.changes = new ChangeOutbox(em, json, clock, TABLE);
  }

  /**
   * An activity created or changed; {@code snapshot} (the activity as readers see it) is the data.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(UUID activityId, UUID memberId, Object snapshot) {
    changes.append(ENTITY, activityId, memberId, "UPSERT", snapshot);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(UUID activityId, UUID memberId) {
    changes.append(ENTITY, activityId, memberId, "DELETE", null);
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
    changes.appendDeletes(ENTITY, activityIds, memberId);
  }

  /**
   * Another member's activity that named an erased member, now without them: its earlier snapshots
   * (which name them) leave the feed and the current one is published.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void redacted(UUID activityId, UUID memberId, Object snapshot) {
    changes.prune(List.of(activityId));
    upsert(activityId, memberId, snapshot);
  }

  /** Up to {@code limit} changes after {@code position}, in commit-safe order. */
  public List<ChangeRow> after(ChangePosition position, int limit) {
    return changes.after(position, limit);
  }

  /** A change's data as JSON, or null. */
  public JsonNode data(ChangeRow row) {
    return changes.data(row);
  }
}
