package dev.rapport.common.changefeed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A service's change feed kept as an outbox table ({@link ChangeTable}): a change is written in the
 * transaction that makes it, and read in (tx, seq) order only below the oldest transaction still
 * running, so a change that commits late is never skipped by a reader that has moved past its
 * neighbours. The statements are fixed when the outbox is made; every value is a named parameter.
 * Not a bean: each service's change package makes one for its table and keeps the feed's cursor
 * format and page types.
 */
public class ChangeOutbox {

  private final EntityManager em;
  private final ObjectMapper json;
  private final Clock clock;
  private final ChangeTable table;
  private final String insert;
  private final String insertDeletes;
  private final String prune;
  private final String after;

  public ChangeOutbox(EntityManager em, ObjectMapper json, Clock clock, ChangeTable table) {
    this.em = em;
    this.json = json;
    this.clock = clock;
    this.table = table;
    boolean kinds = table.entityColumn() != null;
    String entityColumn = kinds ? table.entityColumn() + ", " : "";
    String entityValue = kinds ? ":entity, " : "";
    this.insert =
        "INSERT INTO %s (%s%s, member_id, operation, changed_at, data)"
                .formatted(table.name(), entityColumn, table.entityIdColumn())
            + " VALUES (%s:entityId, :memberId, :operation, :changedAt, cast(:data as jsonb))"
                .formatted(entityValue);
    this.insertDeletes =
        "INSERT INTO %s (%s%s, member_id, operation, changed_at)"
                .formatted(table.name(), entityColumn, table.entityIdColumn())
            + " SELECT %sid, :memberId, 'DELETE', :changedAt".formatted(entityValue)
            + " FROM unnest(cast(:ids as uuid[])) AS changed(id)";
    this.prune =
        "DELETE FROM %s WHERE %s = any(cast(:ids as uuid[]))"
            .formatted(table.name(), table.entityIdColumn());
    this.after = table.pageStatement();
  }

  /**
   * Appends a change in the caller's transaction.
   *
   * @param entity the kind of entity; ignored by a table of one kind
   * @param data serialised as the change's JSON; null for none
   */
  public void append(String entity, UUID entityId, UUID memberId, String operation, Object data) {
    String body;
    try {
      body = data == null ? null : json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a change of " + entity, e);
    }
    Query query =
        em.createNativeQuery(insert)
            .setParameter("entityId", entityId)
            .setParameter("memberId", memberId)
            .setParameter("operation", operation)
            .setParameter("changedAt", clock.instant())
            .setParameter("data", body);
    kind(query, entity).executeUpdate();
  }

  /** Appends one DELETE, without data, per entity, in one statement. */
  public void appendDeletes(String entity, List<UUID> entityIds, UUID memberId) {
    Query query =
        em.createNativeQuery(insertDeletes)
            .setParameter("ids", entityIds.toArray(UUID[]::new))
            .setParameter("memberId", memberId)
            .setParameter("changedAt", clock.instant());
    kind(query, entity).executeUpdate();
  }

  /** Removes every change of these entities from the feed. */
  public int prune(List<UUID> entityIds) {
    return em.createNativeQuery(prune)
        .setParameter("ids", entityIds.toArray(UUID[]::new))
        .executeUpdate();
  }

  /** Up to {@code limit} changes after {@code position} that no running transaction can precede. */
  @SuppressWarnings("unchecked")
  public List<ChangeRow> after(ChangePosition position, int limit) {
    return em.createNativeQuery(after, ChangeRow.class)
        .setParameter("tx", position.tx())
        .setParameter("seq", position.seq())
        .setParameter("limit", limit)
        .getResultList();
  }

  /** A stored change's JSON, or null. */
  public JsonNode data(ChangeRow row) {
    if (row.data() == null) {
      return null;
    }
    try {
      return json.readTree(row.data());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored change of " + table.name() + " is not JSON", e);
    }
  }

  private Query kind(Query query, String entity) {
    return table.entityColumn() == null ? query : query.setParameter("entity", entity);
  }
}
