package dev.rapport.activity.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The activity_change table. Native SQL only: its tx column is a PostgreSQL xid8, which neither JPA
 * nor Panache map, and the feed's visibility rule is a PostgreSQL snapshot function.
 */
@ApplicationScoped
public class ActivityChangeRepository {

  /** One row of the feed, tx as its decimal text. */
  public record Row(
      String tx,
      long seq,
      UUID activityId,
      UUID memberId,
      String operation,
      Instant changedAt,
      String data) {}

  private final EntityManager em;

  public ActivityChangeRepository(EntityManager em) {
    this.em = em;
  }

  public void insert(
      UUID activityId, UUID memberId, String operation, Instant changedAt, String data) {
    em.createNativeQuery(
            "INSERT INTO activity_change (activity_id, member_id, operation, changed_at, data)"
                + " VALUES (:activity, :member, :operation, :changedAt, CAST(:data AS jsonb))")
        .setParameter("activity", activityId)
        .setParameter("member", memberId)
        .setParameter("operation", operation)
        .setParameter("changedAt", changedAt)
        .setParameter("data", data)
        .executeUpdate();
  }

  /** One DELETE change per activity, in one statement. */
  public void insertDeletes(List<UUID> activityIds, UUID memberId, Instant changedAt) {
    em.createNativeQuery(
            "INSERT INTO activity_change (activity_id, member_id, operation, changed_at)"
                + " SELECT id, :member, 'DELETE', :changedAt"
                + " FROM unnest(CAST(:ids AS uuid[])) AS t(id)")
        .setParameter("ids", array(activityIds))
        .setParameter("member", memberId)
        .setParameter("changedAt", changedAt)
        .executeUpdate();
  }

  /** Removes every earlier change of these activities (their snapshots) from the feed. */
  public void prune(List<UUID> activityIds) {
    em.createNativeQuery(
            "DELETE FROM activity_change WHERE activity_id = ANY(CAST(:ids AS uuid[]))")
        .setParameter("ids", array(activityIds))
        .executeUpdate();
  }

  private static String array(List<UUID> ids) {
    return ids.stream()
        .map(UUID::toString)
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }

  /**
   * Changes after (tx, seq) whose transaction is older than every transaction still running, so
   * nothing can commit later at a lower position.
   */
  @SuppressWarnings("unchecked")
  public List<Row> after(String tx, long seq, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(tx AS text), seq, activity_id, member_id, operation, changed_at,"
                    + " CAST(data AS text) FROM activity_change"
                    + " WHERE tx < pg_snapshot_xmin(pg_current_snapshot())"
                    + " AND (tx, seq) > (CAST(:tx AS xid8), :seq)"
                    + " ORDER BY activity_change.tx, activity_change.seq LIMIT :limit")
            .setParameter("tx", tx)
            .setParameter("seq", seq)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Row(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    (UUID) r[2],
                    (UUID) r[3],
                    (String) r[4],
                    toInstant(r[5]),
                    (String) r[6]))
        .toList();
  }

  static Instant toInstant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
