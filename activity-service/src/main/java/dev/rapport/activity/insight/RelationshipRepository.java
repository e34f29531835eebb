package dev.rapport.activity.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member's relationships as of an instant, in PostgreSQL: one row per counterpart of their log or
 * of a cadence, strength decayed per {@link Strength}, from the pair state kept on write (V252);
 * nothing loads a history into memory. Every statement is complete and fixed; values are named
 * parameters.
 */
@ApplicationScoped
public class RelationshipRepository {

  /** A relationship row tagged with the nudge it is behind. */
  public record Tagged(NudgeKind nudge, RelationshipRow row) {}

  /** The relationship CTE {@code rel}, as of :asOf, for :member. */
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

  /** The columns of a {@link RelationshipRow}, in its order and types. */
  static final String COLUMNS =
      " counterpart_id, CAST(interactions AS bigint) AS interactions, first_at, last_at, ways,"
          + " CAST(given AS bigint) AS given, CAST(received AS bigint) AS received,"
          + " CAST(given_weight AS bigint) AS given_weight,"
          + " CAST(received_weight AS bigint) AS received_weight, strength,"
          + " CAST(every_days AS int) AS every_days, due_at";

  private static final String STRONGEST_FIRST =
      RELATIONSHIPS
          + " SELECT"
          + COLUMNS
          + " FROM rel ORDER BY strength DESC, counterpart_id LIMIT :limit";

  private static final String STRONGEST_AFTER =
      RELATIONSHIPS
          + " SELECT"
          + COLUMNS
          + " FROM rel WHERE (strength < :afterStrength"
          + "  OR (strength = :afterStrength AND counterpart_id > :afterId))"
          + " ORDER BY strength DESC, counterpart_id LIMIT :limit";

  private static final String WITH_COUNTERPART =
      RELATIONSHIPS + " SELECT" + COLUMNS + " FROM rel WHERE counterpart_id = :counterpart";

  /**
   * The relationships behind nudges in one pass: overdue cadences (5), the strongest FADING
   * relationships (3) and those where the member mostly received (3), each tagged with its nudge.
   */
  private static final String BEHIND_NUDGES =
      RELATIONSHIPS
          + ", overdue AS (SELECT CAST('OVERDUE_CADENCE' AS text) AS nudge,"
          + COLUMNS
          + " FROM rel WHERE due_at < CAST(:asOf AS timestamptz)"
          + " ORDER BY due_at, counterpart_id LIMIT 5),"
          + " fading AS (SELECT CAST('RECONNECT' AS text) AS nudge,"
          + COLUMNS
          + " FROM rel WHERE strength >= "
          + Strength.FADING_FROM
          + " AND strength < "
          + Strength.ACTIVE_FROM
          + " ORDER BY strength DESC, counterpart_id LIMIT 3),"
          + " receiving AS (SELECT CAST('GIVE_FIRST' AS text) AS nudge,"
          + COLUMNS
          + " FROM rel WHERE received_weight > given_weight"
          + " ORDER BY received_weight - given_weight DESC, counterpart_id LIMIT 3)"
          + " SELECT * FROM overdue UNION ALL SELECT * FROM fading"
          + " UNION ALL SELECT * FROM receiving";

  /** A {@link RelationshipRow} with the nudge it is behind first, as BEHIND_NUDGES reads it. */
  public record TaggedRow(
      String nudge,
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
      Instant dueAt) {

    Tagged tagged() {
      return new Tagged(
          NudgeKind.valueOf(nudge),
          new RelationshipRow(
              counterpartId,
              interactions,
              firstAt,
              lastAt,
              ways,
              given,
              received,
              givenWeight,
              receivedWeight,
              strength,
              everyDays,
              dueAt));
    }
  }

  private final EntityManager em;

  public RelationshipRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * One page of the member's relationships as of {@code asOf}, strongest first (ties by counterpart
   * id), after the cursor's (strength, counterpartId) when there is one.
   */
  @SuppressWarnings("unchecked")
  public List<RelationshipRow> strongestFirst(
      UUID member, Instant asOf, RelationshipCursor after, int limit) {
    var query =
        em.createNativeQuery(
                after == null ? STRONGEST_FIRST : STRONGEST_AFTER, RelationshipRow.class)
            .setParameter("member", member)
            .setParameter("asOf", asOf)
            .setParameter("limit", limit);
    if (after != null) {
      query
          .setParameter("afterStrength", after.strength())
          .setParameter("afterId", after.counterpartId());
    }
    return query.getResultList();
  }

  /** The member's relationship with the counterpart as of {@code asOf}, if there is one. */
  @SuppressWarnings("unchecked")
  public List<RelationshipRow> withCounterpart(UUID member, Instant asOf, UUID counterpart) {
    return em.createNativeQuery(WITH_COUNTERPART, RelationshipRow.class)
        .setParameter("member", member)
        .setParameter("asOf", asOf)
        .setParameter("counterpart", counterpart)
        .getResultList();
  }

  /** The relationships behind nudges, each tagged with its nudge. */
  @SuppressWarnings("unchecked")
  public List<Tagged> behindNudges(UUID member, Instant asOf) {
    List<TaggedRow> rows =
        em.createNativeQuery(BEHIND_NUDGES, TaggedRow.class)
            .setParameter("member", member)
            .setParameter("asOf", asOf)
            .getResultList();
    return rows.stream().map(TaggedRow::tagged).toList();
  }
}
