package dev.rapport.activity.circle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Study circles and their members (V256): fixed statements, named parameters. */
@ApplicationScoped
public class CircleRepository {

  record CircleRow(UUID id, UUID courseId, UUID ownerId, String weeklyDay, Instant createdAt) {}

  record MemberRow(
      UUID circleId, UUID memberId, String displayName, String status, Instant since) {}

  record PostRow(
      UUID circleId,
      UUID activityId,
      UUID memberId,
      String kind,
      Integer percent,
      String insight,
      Instant occurredAt) {}

  private static final String CIRCLE = "SELECT id, course_id, owner_id, weekly_day, created_at";

  private final EntityManager em;

  public CircleRepository(EntityManager em) {
    this.em = em;
  }

  void insertCircle(UUID id, UUID course, UUID owner, String weeklyDay, Instant at) {
    em.createNativeQuery(
            "INSERT INTO study_circle (id, course_id, owner_id, weekly_day, created_at)"
                + " VALUES (:id, :course, :owner, :day, :at)")
        .setParameter("id", id)
        .setParameter("course", course)
        .setParameter("owner", owner)
        .setParameter("day", weeklyDay)
        .setParameter("at", at)
        .executeUpdate();
  }

  /** These members join the circle with this status, in one statement. */
  void insertMembers(UUID circle, Collection<UUID> members, CircleStatus status, Instant at) {
    em.createNativeQuery(
            "INSERT INTO study_circle_member (circle_id, member_id, status, since)"
                + " SELECT :circle, m, :status, :at FROM unnest(CAST(:members AS uuid[])) AS m")
        .setParameter("circle", circle)
        .setParameter("members", members.toArray(UUID[]::new))
        .setParameter("status", status.name())
        .setParameter("at", at)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  Optional<CircleRow> find(UUID circle) {
    List<CircleRow> rows =
        em.createNativeQuery(CIRCLE + " FROM study_circle WHERE id = :id", CircleRow.class)
            .setParameter("id", circle)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** A circle with where one member stands in it. */
  record StandingRow(
      UUID id, UUID courseId, UUID ownerId, String weeklyDay, Instant createdAt, String status) {

    CircleRow circle() {
      return new CircleRow(id, courseId, ownerId, weeklyDay, createdAt);
    }
  }

  /** The circles the member is in or invited to, newest first, with their standing. */
  @SuppressWarnings("unchecked")
  List<StandingRow> circlesOf(UUID member) {
    return em.createNativeQuery(
            "SELECT c.id, c.course_id, c.owner_id, c.weekly_day, c.created_at, m.status"
                + " FROM study_circle_member m JOIN study_circle c ON c.id = m.circle_id"
                + " WHERE m.member_id = :member AND m.status IN ('INVITED', 'MEMBER')"
                + " ORDER BY c.created_at DESC, c.id LIMIT 100",
            StandingRow.class)
        .setParameter("member", member)
        .getResultList();
  }

  /** The members of these circles, each circle's owner first, then by since. */
  @SuppressWarnings("unchecked")
  List<MemberRow> members(Collection<UUID> circles) {
    return em.createNativeQuery(
            "SELECT m.circle_id, m.member_id, km.display_name, m.status, m.since"
                + " FROM study_circle_member m JOIN study_circle c ON c.id = m.circle_id"
                + " LEFT JOIN known_member km ON km.member_id = m.member_id"
                + " WHERE m.circle_id = ANY(CAST(:circles AS uuid[]))"
                + " ORDER BY m.circle_id, m.member_id = c.owner_id DESC, m.since, m.member_id",
            MemberRow.class)
        .setParameter("circles", circles.toArray(UUID[]::new))
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  Optional<CircleStatus> status(UUID circle, UUID member) {
    List<String> rows =
        em.createNativeQuery(
                "SELECT status FROM study_circle_member WHERE circle_id = :circle"
                    + " AND member_id = :member",
                String.class)
            .setParameter("circle", circle)
            .setParameter("member", member)
            .getResultList();
    return rows.stream().findFirst().map(CircleStatus::valueOf);
  }

  void setStatus(UUID circle, UUID member, CircleStatus status, Instant at) {
    em.createNativeQuery(
            "UPDATE study_circle_member SET status = :status, since = :at"
                + " WHERE circle_id = :circle AND member_id = :member")
        .setParameter("status", status.name())
        .setParameter("at", at)
        .setParameter("circle", circle)
        .setParameter("member", member)
        .executeUpdate();
  }

  void removeMember(UUID circle, UUID member) {
    em.createNativeQuery(
            "DELETE FROM study_circle_member WHERE circle_id = :circle AND member_id = :member")
        .setParameter("circle", circle)
        .setParameter("member", member)
        .executeUpdate();
  }

  /**
   * After someone left: a circle with no member left goes; one whose owner left passes to its
   * longest member.
   */
  void settle(UUID circle) {
    em.createNativeQuery(
            "DELETE FROM study_circle c WHERE c.id = :circle AND NOT EXISTS (SELECT 1 FROM"
                + " study_circle_member m WHERE m.circle_id = c.id AND m.status = 'MEMBER')")
        .setParameter("circle", circle)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE study_circle c SET owner_id = (SELECT m.member_id FROM study_circle_member m"
                + " WHERE m.circle_id = c.id AND m.status = 'MEMBER' ORDER BY m.since, m.member_id"
                + " LIMIT 1) WHERE c.id = :circle AND NOT EXISTS (SELECT 1 FROM"
                + " study_circle_member m WHERE m.circle_id = c.id AND m.member_id = c.owner_id"
                + " AND m.status = 'MEMBER')")
        .setParameter("circle", circle)
        .executeUpdate();
  }

  /**
   * Of each of these circles, its members' latest learning on its course, newest first, at most
   * {@code limit} a circle (one statement for all of them).
   */
  @SuppressWarnings("unchecked")
  List<PostRow> learning(Collection<UUID> circles, int limit) {
    return em.createNativeQuery(
            "SELECT circle_id, id, member_id, kind, percent, insight, occurred_at FROM ("
                + " SELECT c.id AS circle_id, a.id, a.member_id, a.kind, a.percent, a.insight,"
                + " a.occurred_at, row_number() OVER (PARTITION BY c.id"
                + " ORDER BY a.occurred_at DESC, a.id DESC) AS n"
                + " FROM study_circle c"
                + " JOIN study_circle_member m ON m.circle_id = c.id AND m.status = 'MEMBER'"
                + " JOIN activity a ON a.member_id = m.member_id AND a.type = 'LEARNING'"
                + " AND a.catalog_id = c.course_id"
                + " WHERE c.id = ANY(CAST(:circles AS uuid[]))) t WHERE n <= :limit"
                + " ORDER BY circle_id, occurred_at DESC, id DESC",
            PostRow.class)
        .setParameter("circles", circles.toArray(UUID[]::new))
        .setParameter("limit", limit)
        .getResultList();
  }

  /** The other members of the member's circles on this course (both MEMBER). */
  @SuppressWarnings("unchecked")
  List<UUID> fellows(UUID member, UUID course) {
    return em.createNativeQuery(
            "SELECT DISTINCT o.member_id FROM study_circle_member m"
                + " JOIN study_circle c ON c.id = m.circle_id AND c.course_id = :course"
                + " JOIN study_circle_member o ON o.circle_id = c.id AND o.status = 'MEMBER'"
                + " AND o.member_id <> :member"
                + " WHERE m.member_id = :member AND m.status = 'MEMBER'",
            UUID.class)
        .setParameter("member", member)
        .setParameter("course", course)
        .getResultList();
  }

  /**
   * The member's circles whose weekly day has come this week (ISO day {@code today} or later) with
   * no INSIGHT of theirs on the course since {@code weekStart}.
   */
  @SuppressWarnings("unchecked")
  List<CircleRow> insightDue(UUID member, Instant weekStart, List<String> daysSoFar) {
    return em.createNativeQuery(
            "SELECT c.id, c.course_id, c.owner_id, c.weekly_day, c.created_at"
                + " FROM study_circle_member m JOIN study_circle c ON c.id = m.circle_id"
                + " WHERE m.member_id = :member AND m.status = 'MEMBER'"
                + " AND c.weekly_day = ANY(CAST(:days AS text[]))"
                + " AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.member_id = :member"
                + " AND a.type = 'LEARNING' AND a.kind = 'INSIGHT' AND a.catalog_id = c.course_id"
                + " AND a.occurred_at >= :weekStart)"
                + " ORDER BY c.created_at, c.id LIMIT 5",
            CircleRow.class)
        .setParameter("member", member)
        .setParameter("days", daysSoFar.toArray(String[]::new))
        .setParameter("weekStart", weekStart)
        .getResultList();
  }

  /** The circles the member is in, invited to or declined. */
  @SuppressWarnings("unchecked")
  List<UUID> anyCircleOf(UUID member) {
    return em.createNativeQuery(
            "SELECT circle_id FROM study_circle_member WHERE member_id = :member", UUID.class)
        .setParameter("member", member)
        .getResultList();
  }
}
