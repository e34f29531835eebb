package dev.rapport.activity.response;

import dev.rapport.activity.way.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Responses to activities (V254's activity_response): fixed statements, named parameters. */
@ApplicationScoped
public class ResponseRepository {

  /** A stored response, in the order of the columns read. */
  record Row(
      UUID id, UUID activityId, UUID memberId, String kind, String text, Instant createdAt) {}

  private static final String COLUMNS = "id, activity_id, member_id, kind, text, created_at";

  private final EntityManager em;

  public ResponseRepository(EntityManager em) {
    this.em = em;
  }

  /** Stores a response; false when it is a second THANKS of this member for this activity. */
  boolean insert(
      UUID id,
      UUID activityId,
      UUID member,
      UUID author,
      ActivityType way,
      ResponseKind kind,
      String text,
      Instant at) {
    return em.createNativeQuery(
                "INSERT INTO activity_response (id, activity_id, member_id, author_id, way, kind,"
                    + " text, weight, created_at) VALUES (:id, :activity, :member, :author, :way,"
                    + " :kind, CAST(:text AS text), :weight, :at)"
                    + " ON CONFLICT (activity_id, member_id) WHERE kind = 'THANKS' DO NOTHING")
            .setParameter("id", id)
            .setParameter("activity", activityId)
            .setParameter("member", member)
            .setParameter("author", author)
            .setParameter("way", way.name())
            .setParameter("kind", kind.name())
            .setParameter("text", text)
            .setParameter("weight", kind.weight())
            .setParameter("at", at)
            .executeUpdate()
        == 1;
  }

  /**
   * One page of an activity's responses, oldest first, after (at, id); {@code member} null for all
   * of them, else only that member's.
   */
  @SuppressWarnings("unchecked")
  List<Row> page(UUID activityId, UUID member, Instant afterAt, UUID afterId, int limit) {
    var query =
        em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM activity_response WHERE activity_id = :activity"
                + (member == null ? "" : " AND member_id = :member")
                + " AND (created_at, id) > (:afterAt, :afterId)"
                + " ORDER BY created_at, id LIMIT :limit",
            Row.class);
    if (member != null) {
      query.setParameter("member", member);
    }
    return query
        .setParameter("activity", activityId)
        .setParameter("afterAt", afterAt)
        .setParameter("afterId", afterId)
        .setParameter("limit", limit)
        .getResultList();
  }

  /** Every response the member wrote, newest first (their export). */
  @SuppressWarnings("unchecked")
  List<Row> ofMember(UUID member) {
    return em.createNativeQuery(
            "SELECT "
                + COLUMNS
                + " FROM activity_response WHERE member_id = :member"
                + " ORDER BY created_at DESC, id DESC",
            Row.class)
        .setParameter("member", member)
        .getResultList();
  }

  /** Removes an activity's responses; answers who had responded. */
  @SuppressWarnings("unchecked")
  List<UUID> deleteOfActivity(UUID activityId) {
    List<UUID> responders =
        em.createNativeQuery(
                "SELECT DISTINCT member_id FROM activity_response WHERE activity_id = :activity",
                UUID.class)
            .setParameter("activity", activityId)
            .getResultList();
    if (!responders.isEmpty()) {
      em.createNativeQuery("DELETE FROM activity_response WHERE activity_id = :activity")
          .setParameter("activity", activityId)
          .executeUpdate();
    }
    return responders;
  }

  /** Erasure: the member's own responses (those to their activities go with the activities). */
  void deleteOfMember(UUID member) {
    em.createNativeQuery("DELETE FROM activity_response WHERE member_id = :member")
        .setParameter("member", member)
        .executeUpdate();
  }
}
