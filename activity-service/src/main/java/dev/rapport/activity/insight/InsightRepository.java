package dev.rapport.activity.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The aggregations over a member's log, in PostgreSQL: every query is bounded to one member and
 * runs on the (member_id, ...) indexes of V1; nothing loads a history into memory.
 */
@ApplicationScoped
public class InsightRepository {

  private final EntityManager em;

  public InsightRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * One row per counterpart of the member's log or of a cadence, as of :asOf, strength decayed per
   * {@link Strength}.
   */
  private static final String RELATIONSHIPS =
      "WITH agg AS ("
          // The pair state maintained on write (V252): one row per counterpart, no log scan.
          // An activity dated after :asOf (clocks may differ by up to 5 minutes) counts at full
          // weight, not more: the few such rows are found by a range scan and their excess taken
          // off.
          + " SELECT p.counterpart_id, p.interactions, p.first_at, p.last_at, p.ways, p.given,"
          + "  p.received, p.given_weight, p.received_weight,"
          + "  power(CAST(2 AS float8), p.strength_key - CAST(extract(epoch FROM"
          + "   (CAST(:asOf AS timestamptz) - TIMESTAMPTZ '2020-01-01 00:00:00Z')) AS float8)"
          + "   / "
          + (86400 * Strength.HALF_LIFE_DAYS)
          + ") - coalesce(f.excess, 0) AS strength"
          + " FROM relationship_pair p LEFT JOIN ("
          + "  SELECT c.id, sum(a.weight * (power(CAST(2 AS float8), CAST(extract(epoch FROM"
          + "   (a.occurred_at - CAST(:asOf AS timestamptz))) AS float8) / "
          + (86400 * Strength.HALF_LIFE_DAYS)
          + ") - 1)) AS excess"
          + "  FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)"
          + "  WHERE a.member_id = :member AND a.occurred_at > CAST(:asOf AS timestamptz)"
          + "  GROUP BY c.id) f ON f.id = p.counterpart_id"
          + " WHERE p.member_id = :member),"
          + " rel AS ("
          + " SELECT coalesce(agg.counterpart_id, cad.counterpart_id) AS counterpart_id,"
          + "  coalesce(agg.interactions, 0) AS interactions, agg.first_at, agg.last_at, agg.ways,"
          + "  coalesce(agg.given, 0) AS given, coalesce(agg.received, 0) AS received,"
          + "  coalesce(agg.given_weight, 0) AS given_weight,"
          + "  coalesce(agg.received_weight, 0) AS received_weight,"
          // Rounded to a numeric so that pages compare exactly: a parallel sum of floats may
          // differ in its last bits from one query to the next.
          + "  round(CAST(coalesce(agg.strength, 0) AS numeric), 9) AS strength, cad.every_days,"
          + "  CASE WHEN cad.every_days IS NULL THEN NULL"
          + "   ELSE greatest(cad.set_at, coalesce(agg.last_at, cad.set_at))"
          + "    + cad.every_days * interval '1 day' END AS due_at"
          + " FROM agg FULL JOIN (SELECT * FROM relationship_cadence WHERE member_id = :member) cad"
          + "  ON cad.counterpart_id = agg.counterpart_id)";

  private static final String COLUMNS =
      " counterpart_id, interactions, first_at, last_at, ways, given, received,"
          + " given_weight, received_weight, strength, every_days, due_at";

  public record TypeKindRow(String type, String kind, long count, long weight, BigDecimal hours) {}

  public record RelationshipRow(
      UUID counterpartId,
      long interactions,
      Instant firstAt,
      Instant lastAt,
      String ways,
      long given,
      long received,
      long givenWeight,
      long receivedWeight,
      BigDecimal strength,
      Integer everyDays,
      Instant dueAt) {}

  public record CourseRow(UUID courseId, String companions) {}

  public record ShareRow(UUID activityId, String title) {}

  @SuppressWarnings("unchecked")
  public List<TypeKindRow> countsByTypeAndKind(UUID member, Instant from) {
    List<Object[]> rows =
        em.createNativeQuery(
                // Whole weeks from the rollups (V253), the partial first week from the log.
                "WITH b AS (SELECT date_trunc('week', CAST(:from AS timestamptz) AT TIME ZONE"
                    + " 'UTC') AS w),"
                    + " w0 AS (SELECT CASE WHEN w = CAST(:from AS timestamptz) AT TIME ZONE 'UTC'"
                    + "  THEN w ELSE w + interval '7 days' END AS w0 FROM b)"
                    + " SELECT type, kind, sum(n), sum(weight), coalesce(sum(hours), 0) FROM ("
                    + "  SELECT type, kind, activities AS n, weight,"
                    + "   CASE WHEN hours_rows > 0 THEN hours_given END AS hours"
                    + "  FROM member_week, w0 WHERE member_id = :member AND week >= w0.w0"
                    + "  UNION ALL"
                    + "  SELECT type, kind, 1, weight,"
                    + "   CASE WHEN type = 'CONTRIBUTION' AND direction <> 'RECEIVED' THEN hours END"
                    + "  FROM activity, w0 WHERE member_id = :member AND occurred_at >= :from"
                    + "   AND occurred_at < (w0.w0 AT TIME ZONE 'UTC')) x"
                    + " GROUP BY type, kind ORDER BY type, kind")
            .setParameter("member", member)
            .setParameter("from", from)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TypeKindRow(
                    (String) r[0],
                    (String) r[1],
                    num(r[2]),
                    num(r[3]),
                    new BigDecimal(r[4].toString())))
        .toList();
  }

  public long peopleReached(UUID member, Instant from) {
    return num(
        em.createNativeQuery(
                // A counterpart was reached since :from when their pair's last interaction is.
                "SELECT count(*) FROM relationship_pair"
                    + " WHERE member_id = :member AND last_at >= :from")
            .setParameter("member", member)
            .setParameter("from", from)
            .getSingleResult());
  }

  /**
   * Weeks in a row with an activity, ending this week or last week (gaps and islands: within a run
   * of consecutive weeks, week + rank x 7 days is constant).
   */
  public int weeklyStreak(UUID member, Instant asOf, LocalDateTime currentWeekStart) {
    return (int)
        num(
            em.createNativeQuery(
                    "WITH weeks AS (SELECT DISTINCT week AS w FROM member_week"
                        + "  WHERE member_id = :member AND week <= date_trunc('week',"
                        + "  (CAST(:asOf AS timestamptz) + interval '5 minutes') AT TIME ZONE 'UTC')),"
                        + " ranked AS (SELECT w, w + (row_number() OVER (ORDER BY w DESC) - 1)"
                        + "  * interval '7 days' AS anchor FROM weeks)"
                        + " SELECT count(*) FROM ranked WHERE anchor = (SELECT max(w) FROM weeks)"
                        + " AND (SELECT max(w) FROM weeks) >= CAST(:week AS timestamp) - interval '7 days'")
                .setParameter("member", member)
                .setParameter("asOf", asOf)
                .setParameter("week", currentWeekStart)
                .getSingleResult());
  }

  /**
   * Relationships of a member as of an instant: one row per counterpart of their log or of a
   * cadence, strength decayed per {@link Strength}. {@code where} and {@code orderBy} are fixed SQL
   * fragments from {@link InsightService}; values go through {@code params}.
   */
  @SuppressWarnings("unchecked")
  public List<RelationshipRow> relationships(
      UUID member,
      Instant asOf,
      String where,
      String orderBy,
      Map<String, Object> params,
      int limit) {
    String sql =
        RELATIONSHIPS
            + " SELECT counterpart_id, interactions, first_at, last_at, ways, given, received,"
            + "  given_weight, received_weight, strength, every_days, due_at FROM rel"
            + " WHERE "
            + where
            + " ORDER BY "
            + orderBy
            + " LIMIT :limit";
    Query query =
        em.createNativeQuery(sql)
            .setParameter("member", member)
            .setParameter("asOf", asOf)
            .setParameter("limit", limit);
    params.forEach(query::setParameter);
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(InsightRepository::row).toList();
  }

  private static RelationshipRow row(Object[] r) {
    return new RelationshipRow(
        (UUID) r[0],
        num(r[1]),
        instant(r[2]),
        instant(r[3]),
        (String) r[4],
        num(r[5]),
        num(r[6]),
        num(r[7]),
        num(r[8]),
        new BigDecimal(r[9].toString()),
        r[10] == null ? null : ((Number) r[10]).intValue(),
        instant(r[11]));
  }

  /**
   * The relationships behind nudges in one pass over the member's log: overdue cadences (5), the
   * strongest FADING relationships (3) and those where the member mostly received (3), each row
   * tagged with its nudge.
   */
  @SuppressWarnings("unchecked")
  public List<Map.Entry<String, RelationshipRow>> nudgeRelationships(UUID member, Instant asOf) {
    String sql =
        RELATIONSHIPS
            + ", overdue AS (SELECT 'OVERDUE_CADENCE' AS nudge,"
            + COLUMNS
            + " FROM rel WHERE due_at < CAST(:asOf AS timestamptz)"
            + " ORDER BY due_at, counterpart_id LIMIT 5),"
            + " fading AS (SELECT 'RECONNECT' AS nudge,"
            + COLUMNS
            + " FROM rel WHERE strength >= "
            + Strength.FADING_FROM
            + " AND strength < "
            + Strength.ACTIVE_FROM
            + " ORDER BY strength DESC, counterpart_id LIMIT 3),"
            + " receiving AS (SELECT 'GIVE_FIRST' AS nudge,"
            + COLUMNS
            + " FROM rel WHERE received_weight > given_weight"
            + " ORDER BY received_weight - given_weight DESC, counterpart_id LIMIT 3)"
            + " SELECT * FROM overdue UNION ALL SELECT * FROM fading"
            + " UNION ALL SELECT * FROM receiving";
    List<Object[]> rows =
        em.createNativeQuery(sql)
            .setParameter("member", member)
            .setParameter("asOf", asOf)
            .getResultList();
    return rows.stream()
        .map(r -> Map.entry((String) r[0], row(java.util.Arrays.copyOfRange(r, 1, r.length))))
        .toList();
  }

  /** Types with at least one activity since the instant. */
  @SuppressWarnings("unchecked")
  public List<String> typesSince(UUID member, Instant from) {
    return em.createNativeQuery(
            "SELECT DISTINCT type FROM activity WHERE member_id = :member AND occurred_at >= :from")
        .setParameter("member", member)
        .setParameter("from", from)
        .getResultList();
  }

  /**
   * Courses studied with companions lately, not completed, with no INSIGHT logged since {@code
   * insightSince}.
   */
  @SuppressWarnings("unchecked")
  public List<CourseRow> coursesOwingAnInsight(
      UUID member, Instant activeSince, Instant insightSince) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.catalog_id, string_agg(DISTINCT CAST(c.id AS text), ',')"
                    + " FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)"
                    + " WHERE a.member_id = :member AND a.type = 'LEARNING'"
                    + " AND a.occurred_at >= :activeSince"
                    + " AND a.catalog_id NOT IN (SELECT d.catalog_id FROM activity d"
                    + "  WHERE d.member_id = :member AND d.type = 'LEARNING'"
                    + "  AND (d.kind = 'COMPLETED' OR (d.kind = 'INSIGHT' AND d.occurred_at >= :insightSince)))"
                    + " GROUP BY a.catalog_id ORDER BY max(a.occurred_at) DESC LIMIT 3")
            .setParameter("member", member)
            .setParameter("activeSince", activeSince)
            .setParameter("insightSince", insightSince)
            .getResultList();
    return rows.stream().map(r -> new CourseRow((UUID) r[0], (String) r[1])).toList();
  }

  /** Knowledge shares posted lately with no recipient. */
  @SuppressWarnings("unchecked")
  public List<ShareRow> sharesWithoutRecipients(UUID member, Instant since) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, title FROM activity WHERE member_id = :member"
                    + " AND type = 'KNOWLEDGE_SHARE' AND cardinality(counterparts) = 0"
                    + " AND occurred_at >= :since ORDER BY occurred_at DESC, id DESC LIMIT 3")
            .setParameter("member", member)
            .setParameter("since", since)
            .getResultList();
    return rows.stream().map(r -> new ShareRow((UUID) r[0], (String) r[1])).toList();
  }

  private static long num(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
