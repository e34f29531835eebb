package dev.rapport.profile.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.web.ProblemException;
import dev.rapport.profile.change.ChangeRecords.Change;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.ChangePage;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The change feed of members, positionings and connections. Every change is written in the
 * transaction that makes it; readers see a change only once every transaction that could still
 * write an earlier one has finished, so a change committed late is never skipped.
 */
@ApplicationScoped
public class ChangeFeed {

  private static final String KIND = "mc1";

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

  @Transactional
  public ChangePage read(String after, int limit) {
    long afterTx = 0;
    long afterSeq = 0;
    if (after != null && !after.isBlank()) {
      List<String> parts = Cursors.decode("after", after, KIND, 2);
      try {
        afterTx = Long.parseLong(parts.get(0));
        afterSeq = Long.parseLong(parts.get(1));
        if (afterTx < 0 || afterSeq < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw ProblemException.invalid("after", "is not a cursor returned by this operation");
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT cast(c.tx as text) AS position, c.seq, c.entity, c.entity_id, c.member_id,"
                    + " c.operation, c.changed_at, cast(c.data as text) AS body"
                    + " FROM member_change c"
                    + " WHERE c.tx < pg_snapshot_xmin(pg_current_snapshot())"
                    + " AND (c.tx, c.seq) > (cast(cast(?1 as text) as xid8), ?2)"
                    + " ORDER BY c.tx, c.seq LIMIT ?3")
            .setParameter(1, Long.toString(afterTx))
            .setParameter(2, afterSeq)
            .setParameter(3, limit)
            .getResultList();
    List<Change> changes = new ArrayList<>(rows.size());
    String next = after != null && !after.isBlank() ? after : Cursors.encode(KIND, "0", "0");
    for (Object[] row : rows) {
      String cursor = Cursors.encode(KIND, (String) row[0], row[1].toString());
      changes.add(
          new Change(
              cursor,
              ChangeEntity.valueOf((String) row[2]),
              (UUID) row[3],
              (UUID) row[4],
              Operation.valueOf((String) row[5]),
              instant(row[6]),
              parse((String) row[7])));
      next = cursor;
    }
    return new ChangePage(changes, next);
  }

  private JsonNode parse(String data) {
    if (data == null) {
      return null;
    }
    try {
      return json.readTree(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored change is not JSON", e);
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
