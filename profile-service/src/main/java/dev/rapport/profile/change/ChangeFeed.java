package dev.rapport.profile.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.changefeed.ChangeOutbox;
import dev.rapport.common.changefeed.ChangePosition;
import dev.rapport.common.changefeed.ChangeRow;
import dev.rapport.common.changefeed.ChangeTable;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The change feed of members, positionings and connections: common's {@link ChangeOutbox} on the
 * member_change table. Every change is written in the transaction that makes it; readers see a
 * change only once every transaction that could still write an earlier one has finished, so a
 * change committed late is never skipped. Features record here; {@code
 * dev.rapport.profile.changefeed} serves the feed (its page's schema names their records).
 */
@ApplicationScoped
public class ChangeFeed {

  private static final ChangeTable TABLE = ChangeTable.of("member_change", "entity_id", "entity");

  private final EntityManager em;
  private final ChangeOutbox outbox;

  public ChangeFeed(EntityManager em, ObjectMapper json, Clock clock) {
    this.em = em;
    this.outbox = new ChangeOutbox(em, json, clock, TABLE);
  }

  /** Records a change in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      ChangeEntity entity, UUID entityId, UUID memberId, Operation operation, Object data) {
    outbox.append(entity.name(), entityId, memberId, operation.name(), data);
  }

  /**
   * Redacts ({@code data} = null) every change about an erased member: their member and positioning
   * entries, the connections they asked for and those they were asked to join.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int redact(UUID memberId) {
    return em.createNativeQuery(
            "UPDATE member_change SET data = NULL WHERE data IS NOT NULL AND (member_id = :member"
                + " OR entity_id = :member"
                + " OR (entity = 'CONNECTION' AND data ->> 'addresseeId' = cast(:memberText as"
                + " text)))")
        .setParameter("member", memberId)
        .setParameter("memberText", memberId.toString())
        .executeUpdate();
  }

  /** Up to {@code limit} changes after {@code position}, in commit-safe order. */
  @Transactional
  public List<ChangeRow> after(ChangePosition position, int limit) {
    return outbox.after(position, limit);
  }

  /** A change's data as JSON, or null. */
  public JsonNode data(ChangeRow row) {
    return outbox.data(row);
  }
}
