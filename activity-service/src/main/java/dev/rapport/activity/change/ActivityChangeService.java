package dev.rapport.activity.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records every activity change with the write that makes it. The feed's page, whose schema names
 * the activity, is served by {@code dev.rapport.activity.changefeed}.
 */
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

  /**
   * An activity created or changed; {@code snapshot} (the activity as readers see it) is the data.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(UUID activityId, UUID memberId, Object snapshot) {
    try {
      changes.insert(
          activityId, memberId, "UPSERT", clock.instant(), json.writeValueAsString(snapshot));
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
  public void redacted(UUID activityId, UUID memberId, Object snapshot) {
    changes.prune(List.of(activityId));
    upsert(activityId, memberId, snapshot);
  }
}
