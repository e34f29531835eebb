package dev.rapport.activity.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the nudges that are not about one relationship look for in a member's log, in PostgreSQL,
 * bounded to the member's recent activities.
 */
@ApplicationScoped
public class NudgeRepository {

  /** A course studied lately with companions (their ids, comma-separated, in order). */
  public record CourseRow(UUID courseId, String companions) {

    public List<UUID> companionIds() {
      return Arrays.stream(companions.split(",")).map(UUID::fromString).toList();
    }
  }

  /** A knowledge share. */
  public record ShareRow(UUID activityId, String title) {}

  private final EntityManager em;

  public NudgeRepository(EntityManager em) {
    this.em = em;
  }

  /** Types with at least one activity since the instant. */
  @SuppressWarnings("unchecked")
  public List<String> typesSince(UUID member, Instant from) {
    return em.createNativeQuery(
            "SELECT DISTINCT CAST(type AS text) FROM activity"
                + " WHERE member_id = :member AND occurred_at >= :from",
            String.class)
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
    return em.createNativeQuery(
            "SELECT a.catalog_id AS course_id,"
                + " string_agg(DISTINCT CAST(c.id AS text), ',') AS companions"
                + " FROM activity a CROSS JOIN LATERAL unnest(a.counterparts) AS c(id)"
                + " WHERE a.member_id = :member AND a.type = 'LEARNING'"
                + " AND a.occurred_at >= :activeSince"
                + " AND a.catalog_id NOT IN (SELECT d.catalog_id FROM activity d"
                + "  WHERE d.member_id = :member AND d.type = 'LEARNING'"
                + "  AND (d.kind = 'COMPLETED'"
                + "   OR (d.kind = 'INSIGHT' AND d.occurred_at >= :insightSince)))"
                + " GROUP BY a.catalog_id ORDER BY max(a.occurred_at) DESC LIMIT 3",
            CourseRow.class)
        .setParameter("member", member)
        .setParameter("activeSince", activeSince)
        .setParameter("insightSince", insightSince)
        .getResultList();
  }

  /** Knowledge shares posted lately with no recipient. */
  @SuppressWarnings("unchecked")
  public List<ShareRow> sharesWithoutRecipients(UUID member, Instant since) {
    return em.createNativeQuery(
            "SELECT id, CAST(title AS text) AS title FROM activity WHERE member_id = :member"
                + " AND type = 'KNOWLEDGE_SHARE' AND cardinality(counterparts) = 0"
                + " AND occurred_at >= :since ORDER BY occurred_at DESC, id DESC LIMIT 3",
            ShareRow.class)
        .setParameter("member", member)
        .setParameter("since", since)
        .getResultList();
  }
}
