package dev.rapport.profile.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.common.web.OpaqueCursors;
import dev.rapport.profile.change.ChangeRecords.ChangeEntity;
import dev.rapport.profile.change.ChangeRecords.Operation;
import dev.rapport.profile.changefeed.FeedRecords.Change;
import dev.rapport.profile.changefeed.FeedRecords.ChangePage;
import dev.rapport.profile.web.Cursors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Serves the change feed that {@code dev.rapport.profile.change} records. Its own package because
 * its page's schema names the members', positionings' and connections' records: {@code change}
 * stays below the features that record into it, this sits above them.
 */
@ApplicationScoped
public class MemberChangeFeed {

  private static final String KIND = "mc1";

  private final EntityManager em;
  private final ObjectMapper json;

  public MemberChangeFeed(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
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
        throw OpaqueCursors.invalid("after");
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
