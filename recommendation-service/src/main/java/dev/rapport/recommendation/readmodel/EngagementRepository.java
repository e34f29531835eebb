package dev.rapport.recommendation.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What members did: {@code rm_activity} (activities as read from activity-changes), {@code
 * engagement} (enrolments and joins derived from them, and feedback), and the counters kept by
 * delta beside them, {@code member_item_take} (per member and item) and {@code item_popularity}
 * (members per item). Writes take a page's rows as one JSON array; an erased member's rows are not
 * stored.
 */
@ApplicationScoped
public class EngagementRepository {

  /** An item, as the engagement tables name it. */
  record ItemRef(String type, UUID id) {}

  /** A member's engagement with an item, as a delete or an insert returns it. */
  record EngagementRef(UUID memberId, String itemType, UUID itemId, String action) {}

  /** How an item's count of distinct members moves. */
  record ItemDelta(String itemType, UUID itemId, Integer delta) {}

  /** An activity as stored. */
  record StoredActivity(
      UUID id, String type, String[] topics, Boolean shared, Instant occurredAt) {}

  /** An engagement as stored. */
  record StoredEngagement(
      String itemType,
      UUID itemId,
      String action,
      String source,
      UUID activityId,
      Boolean shared,
      Boolean isPublic,
      Instant occurredAt) {}

  private final EntityManager em;

  public EngagementRepository(EntityManager em) {
    this.em = em;
  }

  List<EngagementRef> deleteEngagementsOfActivities(UUID[] activityIds) {
    return em
        .createNativeQuery(
            """
            DELETE FROM engagement WHERE activity_id = ANY(CAST(:ids AS uuid[]))
            RETURNING member_id, item_type, item_id, action
            """,
            EngagementRef.class)
        .setParameter("ids", activityIds)
        .getResultList()
        .stream()
        .map(EngagementRef.class::cast)
        .toList();
  }

  void deleteActivities(UUID[] ids) {
    em.createNativeQuery("DELETE FROM rm_activity WHERE id = ANY(CAST(:ids AS uuid[]))")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Rows of {@code (id, member_id, type, topics, shared, occurred_at)}. */
  void insertActivities(String rows) {
    em.createNativeQuery(
            """
            INSERT INTO rm_activity (id, member_id, type, topics, shared, occurred_at)
            SELECT x.id, x.member_id, x.type, coalesce(x.topics, '{}'), x.shared, x.occurred_at
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(id uuid, member_id uuid,
                type varchar, topics text[], shared boolean, occurred_at timestamptz)
            WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.member_id)
            """)
        .setParameter("rows", rows)
        .executeUpdate();
  }

  /**
   * Rows of {@code (member_id, item_type, item_id, action, source, activity_id, shared, public,
   * occurred_at)}; answers the engagements inserted.
   */
  List<EngagementRef> insertEngagements(String rows) {
    return em
        .createNativeQuery(
            """
            INSERT INTO engagement (member_id, item_type, item_id, action, source, activity_id,
                shared, public, occurred_at)
            SELECT x.member_id, x.item_type, x.item_id, x.action, x.source, x.activity_id,
                x.shared, x.public, x.occurred_at
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(member_id uuid, item_type varchar,
                item_id uuid, action varchar, source varchar, activity_id uuid, shared boolean,
                public boolean, occurred_at timestamptz)
            WHERE NOT EXISTS (SELECT 1 FROM erased_member e WHERE e.member_id = x.member_id)
            RETURNING member_id, item_type, item_id, action
            """,
            EngagementRef.class)
        .setParameter("rows", rows)
        .getResultList()
        .stream()
        .map(EngagementRef.class::cast)
        .toList();
  }

  /**
   * Rows of {@code (m member, t item type, i item, d delta)}: moves each member's take counter of
   * an item by its delta, under the row's lock (so concurrent writers add up), drops the counters
   * at zero, and answers how each item's count of distinct members moved: +1 for a counter leaving
   * zero, -1 for one reaching it.
   */
  List<ItemDelta> adjustTakes(String rows) {
    List<ItemDelta> moved =
        em
            .createNativeQuery(
                """
                WITH d AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                           AS x(m uuid, t varchar, i uuid, d integer)),
                t AS (
                    INSERT INTO member_item_take AS t (member_id, item_type, item_id, takes)
                    SELECT m, t, i, d FROM d ORDER BY m, t, i
                    ON CONFLICT (member_id, item_type, item_id)
                        DO UPDATE SET takes = t.takes + EXCLUDED.takes
                    RETURNING t.member_id, t.item_type, t.item_id, t.takes)
                SELECT t.item_type, t.item_id,
                       CASE WHEN t.takes > 0 AND t.takes - d.d <= 0 THEN 1
                            WHEN t.takes <= 0 AND t.takes - d.d > 0 THEN -1 ELSE 0 END
                FROM t JOIN d ON d.m = t.member_id AND d.t = t.item_type AND d.i = t.item_id
                """,
                ItemDelta.class)
            .setParameter("rows", rows)
            .getResultList()
            .stream()
            .map(ItemDelta.class::cast)
            .toList();
    em.createNativeQuery(
            """
            DELETE FROM member_item_take t
            USING jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(m uuid, t varchar, i uuid)
            WHERE t.member_id = x.m AND t.item_type = x.t AND t.item_id = x.i AND t.takes <= 0
            """)
        .setParameter("rows", rows)
        .executeUpdate();
    return moved;
  }

  /** Rows of {@code (t item type, i item, d delta)}; a row is kept for every item touched. */
  void adjustPopularity(String rows) {
    em.createNativeQuery(
            """
            INSERT INTO item_popularity AS p (item_type, item_id, members)
            SELECT x.t, x.i, x.d
            FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS x(t varchar, i uuid, d integer)
            ORDER BY x.t, x.i
            ON CONFLICT (item_type, item_id) DO UPDATE SET members = p.members + EXCLUDED.members
            """)
        .setParameter("rows", rows)
        .executeUpdate();
  }

  /** Erasure: the member's engagements go; answers the items they were about. */
  List<ItemRef> deleteEngagementsOf(UUID member) {
    return items(
        "DELETE FROM engagement WHERE member_id = :m RETURNING item_type, item_id", member);
  }

  /** Erasure: the member's take counters go; answers the items each counted a take of. */
  List<ItemRef> deleteTakesOf(UUID member) {
    return items(
        "DELETE FROM member_item_take WHERE member_id = :m RETURNING item_type, item_id", member);
  }

  private List<ItemRef> items(String deleteReturningItems, UUID member) {
    return em
        .createNativeQuery(deleteReturningItems, ItemRef.class)
        .setParameter("m", member)
        .getResultList()
        .stream()
        .map(ItemRef.class::cast)
        .toList();
  }

  void deleteActivitiesOf(UUID member) {
    em.createNativeQuery("DELETE FROM rm_activity WHERE member_id = :m")
        .setParameter("m", member)
        .executeUpdate();
  }

  List<StoredActivity> activitiesOf(UUID member) {
    return em
        .createNativeQuery(
            """
            SELECT id, type, topics, shared, occurred_at FROM rm_activity
            WHERE member_id = :m ORDER BY occurred_at DESC, id
            """,
            StoredActivity.class)
        .setParameter("m", member)
        .getResultList()
        .stream()
        .map(StoredActivity.class::cast)
        .toList();
  }

  List<StoredEngagement> engagementsOf(UUID member) {
    return em
        .createNativeQuery(
            """
            SELECT item_type, item_id, action, source, activity_id, shared, public, occurred_at
            FROM engagement WHERE member_id = :m ORDER BY occurred_at DESC, id
            """,
            StoredEngagement.class)
        .setParameter("m", member)
        .getResultList()
        .stream()
        .map(StoredEngagement.class::cast)
        .toList();
  }
}
