package dev.rapport.profile.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The change feed of members, positionings and connections. Every change is written in the
 * transaction that makes it; readers see a change only once every transaction that could still
 * write an earlier one has finished, so a change committed late is never skipped. Features record
 * here; {@code dev.rapport.profile.changefeed} serves the feed (its page's schema names their
 * records).
 */
@ApplicationScoped
public class ChangeFeed {

  private final EntityManager em;
  private final ObjectMapper json;
  private final Clock clock;

  public ChangeFeed(EntityManager em, ObjectMapper json, Clock clock) {
    this.em = em;
    this.json = json;
    this.clock = clock;
  }

  /** Records a change in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      ChangeEntity entity, UUID entityId, UUID memberId, Operation operation, Object data) {
    String body;
    try {
      body = data == null ? null : json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a change of " + entity, e);
    }
    em.createNativeQuery(
            "INSERT INTO member_change (entity, entity_id, member_id, operation, changed_at, data)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))")
        .setParameter(1, entity.name())
        .setParameter(2, entityId)
        .setParameter(3, memberId)
        .setParameter(4, operation.name())
        .setParameter(5, OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
        .setParameter(6, body)
        .executeUpdate();
  }

  /**
   * Redacts ({@code data} = null) every change about an erased member: their member and positioning
   * entries, the connections they asked for and those they were asked to join.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int redact(UUID memberId) {
    return em.createNativeQuery(
            "UPDATE member_change SET data = NULL WHERE data IS NOT NULL AND (member_id = ?1"
                + " OR entity_id = ?1"
                + " OR (entity = 'CONNECTION' AND data ->> 'addresseeId' = cast(?2 as text)))")
        .setParameter(1, memberId)
        .setParameter(2, memberId.toString())
        .executeUpdate();
  }
}
