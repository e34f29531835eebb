package dev.rapport.activity.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The aggregations behind a member's summary, in PostgreSQL: every query is bounded to one member
 * and runs on the (member_id, ...) indexes and the weekly rollups; nothing loads a history into
 * memory.
 */
@ApplicationScoped
public class SummaryRepository {

  /** Activities of one type and kind in the window: how many, their weight and hours given. */
  public record TypeKindRow(String type, String kind, long count, long weight, BigDecimal hours) {}

  private final EntityManager em;

  public SummaryRepository(EntityManager em) {
    this.em = em;
  }

  @SuppressWarnings("unchecked")
  public List<TypeKindRow> countsByTypeAndKind(UUID member, Instant from) {
    return em.createNativeQuery(
            // Whole weeks from the rollups (V253), the partial first week from the log.
            "WITH b AS (SELECT date_trunc('week', CAST(:from AS timestamptz) AT TIME ZONE"
                + " 'UTC') AS w),"
                + " w0 AS (SELECT CASE WHEN w = CAST(:from AS timestamptz) AT TIME ZONE 'UTC'"
                + "  THEN w ELSE w + interval '7 days' END AS w0 FROM b)"
                + " SELECT CAST(type AS text) AS type, CAST(kind AS text) AS kind,"
                + "  CAST(sum(n) AS bigint) AS count, CAST(sum(weight) AS bigint) AS weight,"
                + "  CAST(coalesce(sum(hours), 0) AS numeric) AS hours FROM ("
                + "  SELECT type, kind, activities AS n, weight,"
                + "   CASE WHEN hours_rows > 0 THEN hours_given END AS hours"
                + "  FROM member_week, w0 WHERE member_id = :member AND week >= w0.w0"
                + "  UNION ALL"
                + "  SELECT type, kind, 1, weight,"
                + "   CASE WHEN type = 'CONTRIBUTION' AND direction <> 'RECEIVED' THEN hours END"
                + "  FROM activity, w0 WHERE member_id = :member AND occurred_at >= :from"
                + "   AND occurred_at < (w0.w0 AT TIME ZONE 'UTC')) x"
                + " GROUP BY type, kind ORDER BY type, kind",
            TypeKindRow.class)
        .setParameter("member", member)
        .setParameter("from", from)
        .getResultList();
  }

  /** Distinct counterparts reached since {@code from}: their pair's last interaction is. */
  public long peopleReached(UUID member, Instant from) {
    return (Long)
        em.createNativeQuery(
                "SELECT count(*) FROM relationship_pair"
                    + " WHERE member_id = :member AND last_at >= :from",
                Long.class)
            .setParameter("member", member)
            .setParameter("from", from)
            .getSingleResult();
  }

  /**
   * Weeks in a row with an activity, ending this week or last week (gaps and islands: within a run
   * of consecutive weeks, week + rank x 7 days is constant).
   */
  public int weeklyStreak(UUID member, Instant asOf, LocalDateTime currentWeekStart) {
    return (Integer)
        em.createNativeQuery(
                "WITH weeks AS (SELECT DISTINCT week AS w FROM member_week"
                    + "  WHERE member_id = :member AND week <= date_trunc('week',"
                    + "  (CAST(:asOf AS timestamptz) + interval '5 minutes') AT TIME ZONE 'UTC')),"
                    + " ranked AS (SELECT w, w + (row_number() OVER (ORDER BY w DESC) - 1)"
                    + "  * interval '7 days' AS anchor FROM weeks)"
                    + " SELECT CAST(count(*) AS int) FROM ranked"
                    + " WHERE anchor = (SELECT max(w) FROM weeks)"
                    + " AND (SELECT max(w) FROM weeks) >= CAST(:week AS timestamp)"
                    + " - interval '7 days'",
                Integer.class)
            .setParameter("member", member)
            .setParameter("asOf", asOf)
            .setParameter("week", currentWeekStart)
            .getSingleResult();
  }
}
